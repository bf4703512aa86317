package io.prisma4j.benchmarks;

import io.prisma4j.schema.ParsedSchema;
import io.prisma4j.schema.PrismaSchema;
import io.prisma4j.schema.model.DataModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Warm parsing and validation of a large schema (1,000 models, 10,000 fields, 2,000 relations by
 * default; target under 300 ms), and the same followed by building its DataModel.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SchemaValidationBenchmark {

    @Param("1000")
    public int models;

    private String schema;

    @Setup
    public void generate() {
        schema = GeneratedSchema.of(models);
        ParsedSchema parsed = PrismaSchema.parse(schema);
        if (!parsed.isValid()) {
            throw new IllegalStateException("The generated schema must be valid:\n" + parsed.printErrors());
        }
        DataModel model = parsed.dataModel();
        long fields = model.models().stream().mapToLong(m -> m.fields().size()).sum();
        if (model.models().size() != models || fields != 10L * models || model.relations().size() != 2L * models) {
            throw new IllegalStateException("Unexpected generated schema: " + model.models().size() + " models, "
                    + fields + " fields, " + model.relations().size() + " relations");
        }
    }

    @Benchmark
    public ParsedSchema parseAndValidate() {
        return PrismaSchema.parse(schema);
    }

    @Benchmark
    public DataModel parseValidateAndBuildDataModel() {
        return PrismaSchema.parse(schema).dataModel();
    }
}
