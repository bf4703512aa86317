package io.prisma4j.schema.validation.internal.config;

import io.prisma4j.schema.ast.SchemaAst;
import io.prisma4j.schema.ast.Top;
import io.prisma4j.schema.connector.Provider;
import io.prisma4j.schema.diagnostics.Diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration blocks of a schema, loaded file by file (datasources, then generators) as Prisma
 * does: the datasource in effect and the preview features enabled.
 *
 * @param datasource      the first datasource that loaded, or {@code null}
 * @param previewFeatures the preview features of every generator
 */
public record Configuration(LoadedDatasource datasource, Set<String> previewFeatures) {

    public static Configuration load(SchemaAst ast, Diagnostics diagnostics) {
        List<LoadedDatasource> datasources = new ArrayList<>();
        Set<String> features = new TreeSet<>();
        DatasourceLoader datasourceLoader = new DatasourceLoader(diagnostics);
        GeneratorLoader generatorLoader = new GeneratorLoader(diagnostics);
        for (int file = 0; file < ast.files().files().size(); file++) {
            int fileId = file;
            List<Top.ConfigBlock> blocks = ast.configBlocks().filter(b -> b.span().fileId() == fileId).toList();
            List<LoadedDatasource> loaded = datasourceLoader.load(blocks.stream()
                    .filter(b -> b.kind() == Top.ConfigKind.DATASOURCE).toList());
            datasources.addAll(loaded);
            // Provider-specific preview features are known only to generators in the datasource's file.
            Provider provider = loaded.isEmpty() ? null : loaded.get(0).connector().provider();
            features.addAll(generatorLoader.load(blocks.stream()
                    .filter(b -> b.kind() == Top.ConfigKind.GENERATOR).toList(), provider));
        }
        return new Configuration(datasources.isEmpty() ? null : datasources.get(0), features);
    }

    public boolean hasPreviewFeature(String feature) {
        return previewFeatures.contains(feature);
    }
}
