package io.prisma4j.generator;

import java.util.Locale;
import java.util.Set;

/**
 * Every name the generator gives: Java identifiers for models, fields, enum values and the client's
 * model properties, and the package of a generated client. A schema name that Java cannot take as it is
 * (a keyword, a clash with a method every record or builder has) gets a trailing underscore; the name
 * sent to the engine is always the schema's.
 */
public final class Naming {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
            "_");

    /** Methods of {@code Object} and of the generated types' bases that a field accessor must not shadow. */
    private static final Set<String> RESERVED_METHODS = Set.of("getClass", "hashCode", "toString", "notify",
            "notifyAll", "wait", "clone", "finalize", "equals", "toMap", "isLoaded", "loadedFields", "get", "string",
            "bool", "integer", "bigint", "floating", "decimal", "dateTime", "bytes", "json", "with", "withObject",
            "withCreate", "append", "has", "build", "buildEach", "listAlways", "newFilter");

    /** Simple names the generated client declares next to the models, which a model must not take. */
    private static final Set<String> CLIENT_TYPES = Set.of("PrismaClient");

    private Naming() {
    }

    /** The Java class of a model, view or enum: its schema name (PascalCase already in Prisma). */
    public static String typeName(String schemaName) {
        String name = identifier(schemaName);
        return CLIENT_TYPES.contains(name) ? name + "Model" : name;
    }

    /** A field's accessor and builder method name. */
    public static String member(String fieldName) {
        String name = identifier(fieldName);
        return RESERVED_METHODS.contains(name) ? name + "_" : name;
    }

    /**
     * The client property of a model: its name with a lower-case first letter, as Prisma Client JS has it
     * ({@code UserRole} is {@code prisma.userRole}).
     */
    public static String clientProperty(String modelName) {
        if (modelName.isEmpty()) {
            return modelName;
        }
        return identifier(Character.toLowerCase(modelName.charAt(0)) + modelName.substring(1));
    }

    /** An enum constant for a value of a schema enum. */
    public static String enumConstant(String value) {
        return identifier(value);
    }

    /** The type variable that tracks a required field in a create builder ({@code email} is {@code EMAIL}). */
    public static String slotVariable(String fieldName) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < fieldName.length(); i++) {
            char c = fieldName.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(fieldName.charAt(i - 1))) {
                name.append('_');
            }
            name.append(Character.isJavaIdentifierPart(c) ? Character.toUpperCase(c) : '_');
        }
        return identifier(name.toString());
    }

    /** The marker of a required field once given ({@code email} is {@code HasEmail}). */
    public static String slotMarker(String fieldName) {
        String identifier = identifier(fieldName);
        return "Has" + Character.toUpperCase(identifier.charAt(0)) + identifier.substring(1);
    }

    /**
     * A valid Java identifier for {@code name}: characters Java does not allow become {@code _}, a
     * leading digit gets a {@code _} before it, a keyword a {@code _} after it.
     */
    public static String identifier(String name) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            id.append(i == 0 ? (Character.isJavaIdentifierStart(c) ? c : Character.isJavaIdentifierPart(c) ? "_" + c : "_")
                    : (Character.isJavaIdentifierPart(c) ? c : '_'));
        }
        String result = id.length() == 0 ? "_" : id.toString();
        return KEYWORDS.contains(result) ? result + "_" : result;
    }

    /**
     * A Java package name from a folder name ({@code client-mysql} is {@code client_mysql}): lower case,
     * segments made valid identifiers.
     */
    public static String packageSegment(String folderName) {
        String cleaned = folderName.replaceAll("^\\.+", "").toLowerCase(Locale.ROOT);
        return identifier(cleaned.isEmpty() ? "client" : cleaned);
    }

    /** Whether {@code name} is a valid dotted Java package name. */
    public static boolean isPackageName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (String segment : name.split("\\.", -1)) {
            if (segment.isEmpty() || !identifier(segment).equals(segment)) {
                return false;
            }
        }
        return true;
    }
}
