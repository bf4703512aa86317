package io.prisma4j.client.typed;

import io.prisma4j.schema.model.DataModel;
import io.prisma4j.schema.model.EnumType;
import io.prisma4j.schema.model.Field;
import io.prisma4j.schema.model.Model;
import io.prisma4j.schema.model.ScalarField;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a generated client depends on in its schema: the models, their client fields with type and
 * arity, and the enums with their values, in a canonical text and its hash. Two schemas with the same
 * fingerprint serve the same generated client (the provider, native types, defaults and indexes may
 * differ).
 */
public final class SchemaFingerprint {
    private SchemaFingerprint() {
    }

    /** The canonical description of what the client sees. */
    public static String describe(DataModel dataModel) {
        StringBuilder text = new StringBuilder();
        for (Model model : dataModel.allModels()) {
            if (model.isIgnored()) {
                continue;
            }
            text.append(model.isView() ? "view " : "model ").append(model.name()).append(" {");
            for (Field field : model.fields()) {
                if (field.isIgnored() || field instanceof ScalarField scalar && scalar.isUnsupported()) {
                    continue;
                }
                text.append(' ').append(field.name()).append(':').append(field.typeName())
                        .append(field.isList() ? "[]" : field.isOptional() ? "?" : "");
            }
            text.append(" }\n");
        }
        for (EnumType enumType : dataModel.enums()) {
            text.append("enum ").append(enumType.name()).append(" {");
            enumType.values().forEach(value -> text.append(' ').append(value.name()));
            text.append(" }\n");
        }
        return text.toString();
    }

    /** SHA-256 of {@link #describe}, in hex. */
    public static String of(DataModel dataModel) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(describe(dataModel).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
