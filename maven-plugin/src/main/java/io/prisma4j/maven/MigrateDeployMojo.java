package io.prisma4j.maven;

import io.prisma4j.migrate.MigrateException;
import io.prisma4j.migrate.project.Console;
import io.prisma4j.migrate.project.Deploy;
import io.prisma4j.migrate.project.MigrateProject;
import io.prisma4j.schema.env.Env;
import io.prisma4j.schema.model.DataModel;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code prisma4j:migrate-deploy}: applies the pending migrations of {@code prisma/migrations} to the
 * database, as {@code prisma migrate deploy} does. The URL comes from the schema's datasource
 * ({@code env("DATABASE_URL")}: the environment, then {@code .env}) unless {@code databaseUrl} is set.
 */
@Mojo(name = "migrate-deploy", threadSafe = true)
public final class MigrateDeployMojo extends PrismaMojo {

    /** The database URL, replacing the one the datasource reads from the environment. */
    @Parameter(property = "prisma4j.databaseUrl")
    String databaseUrl;

    public MigrateDeployMojo() {
        super("migrate-deploy");
    }

    @Override
    void execute(Path schemaPath, Path basedir) throws MojoExecutionException {
        try {
            List<String> applied = deploy(schemaPath, basedir, databaseUrl, new LogConsole(getLog()));
            getLog().info(applied.isEmpty() ? "No pending migrations" : applied.size() + " migration(s) applied");
        } catch (MigrateException e) {
            throw new MojoExecutionException("Error: " + e.render(), e);
        }
    }

    /** Applies the pending migrations; returns their names. */
    static List<String> deploy(Path schemaPath, Path basedir, String databaseUrl, Console console) {
        DataModel dataModel = SchemaFiles.load(schemaPath);
        Path schemaDir = schemaPath.toAbsolutePath().getParent();
        Env env = Env.withDotEnv(basedir.resolve(".env"), schemaDir.resolve(".env"));
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            String variable = dataModel.datasource().map(d -> d.url() != null && d.url().isFromEnv() ? d.url().envVar() : null)
                    .orElse(null);
            env = env.with(Map.of(variable != null ? variable : "DATABASE_URL", databaseUrl));
        }
        return Deploy.run(MigrateProject.of(schemaPath, dataModel, env), console);
    }

    /** Prints the workflow's output to Maven's log, line by line; nobody is there to answer questions. */
    static final class LogConsole implements Console {
        private final Log log;
        private final StringBuilder line = new StringBuilder();

        LogConsole(Log log) {
            this.log = log;
        }

        @Override
        public void print(String text) {
            for (char c : text.toCharArray()) {
                if (c == '\n') {
                    log.info(line.toString());
                    line.setLength(0);
                } else {
                    line.append(c);
                }
            }
        }
    }
}
