package io.prisma4j.migrate.project;

import java.text.Normalizer;
import java.util.Locale;

/** The name part of a migration folder: {@code --name}, else asked in a terminal, made safe for a folder name. */
final class MigrationNames {
    private MigrationNames() {
    }

    static String choose(String given, Console console) {
        String name = given;
        if (name == null && console.isInteractive()) {
            name = console.ask("Enter a name for the new migration:").orElse("");
        }
        return slug(name == null ? "" : name);
    }

    /** {@code Add user fields!} → {@code add_user_fields}, as Prisma slugifies names. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        slug = slug.toLowerCase(Locale.ROOT);
        return slug.length() > 200 ? slug.substring(0, 200) : slug;
    }
}
