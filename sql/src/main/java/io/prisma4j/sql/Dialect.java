package io.prisma4j.sql;

/** The SQL dialects prisma4j writes. */
public enum Dialect {
    POSTGRES, MYSQL, SQLITE
}
