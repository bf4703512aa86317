package io.prisma4j.schema.diagnostics;

import io.prisma4j.schema.ast.Span;

import java.util.List;

/** Prisma's messages about {@code datasource} and {@code generator} blocks. */
public final class ConfigMessages {
    private ConfigMessages() {
    }

    public static Diagnostic datasourceArgumentMissing(String argument, String datasource, Span span) {
        return Diagnostic.error("Argument \"" + argument + "\" is missing in data source block \"" + datasource + "\".",
                span);
    }

    public static Diagnostic generatorArgumentMissing(String argument, String generator, Span span) {
        return Diagnostic.error("Argument \"" + argument + "\" is missing in generator block \"" + generator + "\".",
                span);
    }

    /** {@code kind} is {@code datasource} or {@code generator}. */
    public static Diagnostic propertyWithoutValue(String property, String block, String kind, Span span) {
        return Diagnostic.error("Property " + property + " in " + kind + " " + block + " needs to be assigned a value",
                span);
    }

    public static Diagnostic envInProvider(Span span) {
        return Diagnostic.error("A datasource must not use the env() function in the provider argument.", span);
    }

    public static Diagnostic emptyProvider(String datasource, Span span) {
        return Messages.sourceValidationError("The provider argument in a datasource must not be empty", datasource,
                span);
    }

    public static Diagnostic providerNotAString(String datasource, Span span) {
        return Messages.sourceValidationError("The provider argument in a datasource must be a string literal",
                datasource, span);
    }

    public static Diagnostic providerNotKnown(String provider, Span span) {
        return Diagnostic.error("Datasource provider not known: \"" + provider + "\".", span);
    }

    public static Diagnostic moreThanOneDatasource(String datasource, Span span) {
        return Messages.sourceValidationError("You defined more than one datasource. This is not allowed yet because "
                + "support for multiple databases has not been implemented yet.", datasource, span);
    }

    public static Diagnostic invalidRelationMode(String value, List<String> supported, Span span) {
        return Messages.sourceValidationError("Invalid relation mode setting: \"" + value + "\". Supported values: "
                + String.join(", ", supported.stream().map(v -> "\"" + v + "\"").toList()), "relationMode", span);
    }

    public static Diagnostic referentialIntegrityDeprecated(Span span) {
        return Diagnostic.warning("The `referentialIntegrity` attribute is deprecated. Please use `relationMode` "
                + "instead. Learn more at https://pris.ly/d/relation-mode", span);
    }

    public static Diagnostic referentialIntegrityAndRelationMode(Span span) {
        return Diagnostic.error("The `referentialIntegrity` and `relationMode` attributes cannot be used together. "
                + "Please use only `relationMode` instead.", span);
    }

    public static Diagnostic invalidUrl(String datasource, String problem, Span span) {
        return Messages.sourceValidationError("the URL " + problem, datasource, span);
    }

    public static Diagnostic shadowDatabaseIsMainUrl(String datasource, Span span) {
        return Diagnostic.error("shadowDatabaseUrl is the same as url for datasource \"" + datasource + "\". Please "
                + "specify a different database as shadow database to avoid data loss.", span);
    }

    public static Diagnostic shadowDatabaseIsDirectUrl(String datasource, Span span) {
        return Diagnostic.error("shadowDatabaseUrl is the same as directUrl for datasource \"" + datasource + "\". "
                + "Please specify a different database as shadow database to avoid data loss.", span);
    }

    public static Diagnostic previewFeaturesInDatasource(Span span) {
        return Diagnostic.error("Preview features are only supported in the generator block. Please move this field "
                + "to the generator block.", span);
    }

    public static Diagnostic emptySchemas(Span span) {
        return Diagnostic.error("If provided, the schemas array can not be empty.", span);
    }

    public static Diagnostic duplicateSchemaName(Span span) {
        return Diagnostic.error("Duplicated schema names are not allowed", span);
    }

    public static Diagnostic previewFeatureNotKnown(String feature, List<String> expected, Span span) {
        return Diagnostic.error("The preview feature \"" + feature + "\" is not known. Expected one of: "
                + String.join(", ", expected), span);
    }

    public static Diagnostic previewFeatureDeprecated(String feature, Span span) {
        return Diagnostic.warning("Preview feature \"" + feature + "\" is deprecated. The functionality can be used "
                + "without specifying it as a preview feature.", span);
    }

    public static Diagnostic previewFeatureRenamedForProvider(String provider, String feature, String renamed,
                                                              String link, Span span) {
        return Diagnostic.warning("On `provider = \"" + provider + "\"`, preview feature \"" + feature + "\" has been "
                + "renamed to \"" + renamed + "\". Learn more at https://pris.ly/d/" + link + ".", span);
    }

    public static Diagnostic envExpectsOneStringArgument(Span span) {
        return Diagnostic.error("The env function expects a singular, unnamed, string argument.", span);
    }

    public static Diagnostic envNamedArgument(Span span) {
        return Diagnostic.warning("The env function doesn't expect named arguments", span);
    }

    public static Diagnostic envExactlyOneArgument(Span span) {
        return Diagnostic.error("Exactly one string parameter must be passed to the env function.", span);
    }

    public static Diagnostic extensionsNeedPreviewFeature(Span span) {
        return Diagnostic.error("The `extensions` property is only available with the `postgresqlExtensions` preview "
                + "feature.", span);
    }
}
