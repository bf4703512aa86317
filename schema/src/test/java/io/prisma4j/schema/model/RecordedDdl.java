package io.prisma4j.schema.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables, keys, indexes and foreign keys of a from-empty migration script that Prisma's schema
 * engine wrote (PostgreSQL or SQLite flavour), read just far enough to compare names and columns with a
 * {@link DataModel}. Only the statement shapes Prisma writes are understood.
 */
record RecordedDdl(Map<String, List<String>> tableColumns, List<String> primaryKeys, List<String> uniques,
                   List<String> indexes, List<String> foreignKeys) {

    private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE TABLE \"([^\"]+)\" \\($");
    private static final Pattern COLUMN = Pattern.compile("^ {4}\"([^\"]+)\" .*");
    private static final Pattern PRIMARY_KEY = Pattern.compile("^ {4}CONSTRAINT \"([^\"]+)\" PRIMARY KEY \\(([^)]*)\\),?$");
    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "CONSTRAINT \"([^\"]+)\" FOREIGN KEY \\(([^)]*)\\) REFERENCES \"([^\"]+)\" ?\\(([^)]*)\\) "
                    + "ON DELETE ([A-Z ]+?) ON UPDATE ([A-Z ]+?)[,;]?$");
    private static final Pattern ALTER_TABLE = Pattern.compile("^ALTER TABLE \"([^\"]+)\" ADD (.*)$");
    private static final Pattern INDEX = Pattern.compile("^CREATE (UNIQUE )?INDEX \"([^\"]+)\" ON \"([^\"]+)\"\\((.*)\\);$");

    static RecordedDdl parse(String script) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        List<String> primaryKeys = new ArrayList<>();
        List<String> uniques = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        String table = null;
        for (String line : script.split("\n")) {
            Matcher m;
            if ((m = CREATE_TABLE.matcher(line)).matches()) {
                table = m.group(1);
                tables.put(table, new ArrayList<>());
            } else if (line.equals(");")) {
                table = null;
            } else if (table != null && (m = PRIMARY_KEY.matcher(line)).matches()) {
                primaryKeys.add(table + "." + m.group(1) + columns(m.group(2)));
            } else if (table != null && (m = FOREIGN_KEY.matcher(line.trim())).matches()) {
                foreignKeys.add(foreignKey(table, m));
            } else if (table != null && (m = COLUMN.matcher(line)).matches()) {
                tables.get(table).add(m.group(1));
            } else if ((m = ALTER_TABLE.matcher(line)).matches()) {
                Matcher fk = FOREIGN_KEY.matcher(m.group(2));
                if (fk.matches()) {
                    foreignKeys.add(foreignKey(m.group(1), fk));
                }
            } else if ((m = INDEX.matcher(line)).matches()) {
                (m.group(1) != null ? uniques : indexes).add(m.group(3) + "." + m.group(2) + columns(m.group(4)));
            }
        }
        return new RecordedDdl(tables, primaryKeys, uniques, indexes, foreignKeys);
    }

    private static String foreignKey(String table, Matcher m) {
        return table + "." + m.group(1) + columns(m.group(2)) + " -> " + m.group(3) + columns(m.group(4))
                + " ON DELETE " + m.group(5) + " ON UPDATE " + m.group(6);
    }

    /** {@code "a", "b" DESC} as {@code [a, b DESC]}. */
    static String columns(String list) {
        return Arrays.stream(list.split(","))
                .map(c -> c.trim().replace("\"", ""))
                .toList().toString();
    }
}
