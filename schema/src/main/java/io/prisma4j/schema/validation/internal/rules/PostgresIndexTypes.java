package io.prisma4j.schema.validation.internal.rules;

import io.prisma4j.schema.connector.NativeTypeInstance;
import io.prisma4j.schema.diagnostics.IndexMessages;
import io.prisma4j.schema.model.IndexType;
import io.prisma4j.schema.model.ScalarType;
import io.prisma4j.schema.validation.internal.db.IndexFieldInfo;
import io.prisma4j.schema.validation.internal.db.IndexInfo;
import io.prisma4j.schema.validation.internal.db.ScalarKind;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's GiST, GIN, SP-GiST and BRIN indexes: which field types and native types each can index,
 * with or without an operator class ({@code ops:}).
 */
final class PostgresIndexTypes {
    /** The BRIN operator classes of each native type. */
    private static final Map<String, List<String>> BRIN = Map.ofEntries(
            Map.entry("Bit", List.of("BitMinMaxOps")), Map.entry("VarBit", List.of("VarBitMinMaxOps")),
            Map.entry("Char", List.of("BpcharBloomOps", "BpcharMinMaxOps")),
            Map.entry("Date", List.of("DateBloomOps", "DateMinMaxOps", "DateMinMaxMultiOps")),
            Map.entry("Real", List.of("Float4BloomOps", "Float4MinMaxOps", "Float4MinMaxMultiOps")),
            Map.entry("DoublePrecision", List.of("Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps")),
            Map.entry("Inet", List.of("InetInclusionOps", "InetBloomOps", "InetMinMaxOps", "InetMinMaxMultiOps")),
            Map.entry("SmallInt", List.of("Int2BloomOps", "Int2MinMaxOps", "Int2MinMaxMultiOps")),
            Map.entry("Integer", List.of("Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps")),
            Map.entry("BigInt", List.of("Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps")),
            Map.entry("Decimal", List.of("NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps")),
            Map.entry("Oid", List.of("OidBloomOps", "OidMinMaxOps", "OidMinMaxMultiOps")),
            Map.entry("ByteA", List.of("ByteaBloomOps", "ByteaMinMaxOps")),
            Map.entry("Text", List.of("TextBloomOps", "TextMinMaxOps")),
            Map.entry("VarChar", List.of("TextBloomOps", "TextMinMaxOps")),
            Map.entry("Timestamp", List.of("TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps")),
            Map.entry("Timestamptz", List.of("TimestampTzBloomOps", "TimestampTzMinMaxOps",
                    "TimestampTzMinMaxMultiOps")),
            Map.entry("Time", List.of("TimeBloomOps", "TimeMinMaxOps", "TimeMinMaxMultiOps")),
            Map.entry("Timetz", List.of("TimeTzBloomOps", "TimeTzMinMaxOps", "TimeTzMinMaxMultiOps")),
            Map.entry("Uuid", List.of("UuidBloomOps", "UuidMinMaxOps", "UuidMinMaxMultiOps")));
    /** BRIN operator classes usable without a native type, with the field type they need. */
    private static final Map<String, ScalarType> BRIN_WITHOUT_NATIVE_TYPE = Map.ofEntries(
            Map.entry("Float8BloomOps", ScalarType.FLOAT), Map.entry("Float8MinMaxOps", ScalarType.FLOAT),
            Map.entry("Float8MinMaxMultiOps", ScalarType.FLOAT), Map.entry("Int4BloomOps", ScalarType.INT),
            Map.entry("Int4MinMaxOps", ScalarType.INT), Map.entry("Int4MinMaxMultiOps", ScalarType.INT),
            Map.entry("Int8BloomOps", ScalarType.BIGINT), Map.entry("Int8MinMaxOps", ScalarType.BIGINT),
            Map.entry("Int8MinMaxMultiOps", ScalarType.BIGINT), Map.entry("NumericBloomOps", ScalarType.DECIMAL),
            Map.entry("NumericMinMaxOps", ScalarType.DECIMAL), Map.entry("NumericMinMaxMultiOps", ScalarType.DECIMAL),
            Map.entry("ByteaBloomOps", ScalarType.BYTES), Map.entry("ByteaMinMaxOps", ScalarType.BYTES),
            Map.entry("TextBloomOps", ScalarType.STRING), Map.entry("TextMinMaxOps", ScalarType.STRING),
            Map.entry("TimestampBloomOps", ScalarType.DATETIME), Map.entry("TimestampMinMaxOps", ScalarType.DATETIME),
            Map.entry("TimestampMinMaxMultiOps", ScalarType.DATETIME));
    private static final Set<ScalarType> BRIN_TYPES = Set.of(ScalarType.STRING, ScalarType.BYTES,
            ScalarType.DATETIME, ScalarType.FLOAT, ScalarType.INT, ScalarType.BIGINT, ScalarType.DECIMAL);

    private final ValidationContext ctx;

    PostgresIndexTypes(ValidationContext ctx) {
        this.ctx = ctx;
    }

    void validate(IndexInfo index) {
        IndexType algorithm = index.algorithm() != null ? index.algorithm() : IndexType.BTREE;
        for (IndexFieldInfo field : index.fields()) {
            if (field.rawOperatorClass()) {
                continue;
            }
            String opclass = field.operatorClass();
            if (opclass != null && indexTypeOf(opclass) != algorithm) {
                ctx.report(IndexMessages.operatorClassNotForIndexType(opclass, algorithm.prismaName(),
                        index.attributeName(), index.attribute().span()));
                continue;
            }
            NativeTypeInstance nativeType = NativeTypeRules.instance(field.nativeType(), ctx).orElse(null);
            String nativeName = nativeType == null ? null : nativeType.name();
            ScalarType type = field.kind() instanceof ScalarKind.BuiltIn b ? b.type() : null;
            String problem = switch (algorithm) {
                case GIST -> "Inet".equals(nativeName) && "InetOps".equals(opclass) ? null : "general";
                case GIN -> gin(nativeName, opclass, type, field);
                case SPGIST -> spgist(nativeName, opclass, type);
                case BRIN -> brin(nativeName, opclass, type);
                default -> null;
            };
            if (problem == null) {
                continue;
            }
            if (!problem.equals("general")) {
                ctx.report(problem.equals("array")
                        ? IndexMessages.arrayOpsNeedsList(field.name(), index.attributeName(), index.attribute().span())
                        : IndexMessages.operatorClassWrongFieldType(opclass, field.name(), problem,
                        index.attributeName(), index.attribute().span()));
                continue;
            }
            general(index, field, algorithm, nativeName, opclass, type);
        }
    }

    private void general(IndexInfo index, IndexFieldInfo field, IndexType algorithm, String nativeName,
                         String opclass, ScalarType type) {
        String attribute = index.attributeName();
        var span = index.attribute().span();
        if (nativeName != null && opclass != null) {
            ctx.report(IndexMessages.operatorClassNotForNativeType(opclass, nativeName, field.name(), attribute, span));
        } else if (nativeName != null) {
            ctx.report(IndexMessages.noDefaultOperatorClass(algorithm.prismaName(), nativeName, attribute, span));
        } else if (opclass != null) {
            ctx.report(IndexMessages.operatorClassNeedsNativeType(opclass, field.name(), attribute, span));
        } else if (!supportsFieldType(algorithm, type, field)) {
            ctx.report(IndexMessages.indexTypeDoesNotSupportField(algorithm.prismaName(), field.name(), attribute,
                    span));
        }
    }

    /** {@code null} when fine, {@code "general"} for the generic checks, else a field type or "array". */
    private static String gin(String nativeName, String opclass, ScalarType type, IndexFieldInfo field) {
        boolean jsonb = "JsonbOps".equals(opclass) || "JsonbPathOps".equals(opclass);
        if (nativeName == null && opclass == null && type == ScalarType.JSON) {
            return null;
        }
        if (opclass == null && field.arity().isList()) {
            return null;
        }
        if ("JsonB".equals(nativeName) && (jsonb || opclass == null)) {
            return null;
        }
        if (nativeName == null && jsonb) {
            return type == ScalarType.JSON ? null : "Json";
        }
        if ("ArrayOps".equals(opclass)) {
            return field.arity().isList() ? null : "array";
        }
        return "general";
    }

    private static String spgist(String nativeName, String opclass, ScalarType type) {
        boolean text = opclass == null || "TextOps".equals(opclass);
        if ("Inet".equals(nativeName) && (opclass == null || "InetOps".equals(opclass))) {
            return null;
        }
        if (nativeName == null && opclass == null && type == ScalarType.STRING) {
            return null;
        }
        if (nativeName == null && "TextOps".equals(opclass)) {
            return type == ScalarType.STRING ? null : "String";
        }
        if (("Text".equals(nativeName) || "VarChar".equals(nativeName) || "Char".equals(nativeName)) && text) {
            return null;
        }
        return "general";
    }

    private static String brin(String nativeName, String opclass, ScalarType type) {
        if (nativeName != null && BRIN.containsKey(nativeName)
                && (opclass == null || BRIN.get(nativeName).contains(opclass))) {
            return null;
        }
        if (nativeName == null && opclass == null && type != null && BRIN_TYPES.contains(type)) {
            return null;
        }
        if (nativeName == null && opclass != null && BRIN_WITHOUT_NATIVE_TYPE.containsKey(opclass)) {
            ScalarType needed = BRIN_WITHOUT_NATIVE_TYPE.get(opclass);
            return needed == type ? null : needed.prismaName();
        }
        return "general";
    }

    private static boolean supportsFieldType(IndexType algorithm, ScalarType type, IndexFieldInfo field) {
        if (field.kind().isUnsupported()) {
            return true;
        }
        return switch (algorithm) {
            case GIST, SPGIST -> type == ScalarType.STRING;
            case GIN -> type == ScalarType.JSON || field.arity().isList();
            case BRIN -> type != null && BRIN_TYPES.contains(type);
            default -> true;
        };
    }

    private static IndexType indexTypeOf(String opclass) {
        return switch (opclass) {
            case "InetOps" -> IndexType.GIST;
            case "JsonbOps", "JsonbPathOps", "ArrayOps" -> IndexType.GIN;
            case "TextOps" -> IndexType.SPGIST;
            default -> IndexType.BRIN;
        };
    }
}
