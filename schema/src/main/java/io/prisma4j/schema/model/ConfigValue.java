package io.prisma4j.schema.model;

import io.prisma4j.schema.env.Env;

import java.util.Optional;

/**
 * A configuration value written as a string literal or as {@code env("NAME")}.
 *
 * @param literal the literal, or {@code null}
 * @param envVar  the environment variable's name, or {@code null}
 */
public record ConfigValue(String literal, String envVar) {

    public static ConfigValue literal(String value) {
        return new ConfigValue(value, null);
    }

    public static ConfigValue fromEnv(String name) {
        return new ConfigValue(null, name);
    }

    public boolean isFromEnv() {
        return envVar != null;
    }

    /** The literal, or the variable's value; empty when the variable is not set. */
    public Optional<String> resolve(Env env) {
        return envVar == null ? Optional.ofNullable(literal) : env.get(envVar);
    }

    @Override
    public String toString() {
        return envVar == null ? '"' + literal + '"' : "env(\"" + envVar + "\")";
    }
}
