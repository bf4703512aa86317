package io.prisma4j.client.typed;

/**
 * Filter of a {@code String} field: {@code contains}, {@code startsWith}, {@code endsWith},
 * {@code mode} (case-insensitive on PostgreSQL; MySQL and SQLite compare by their collation and reject
 * {@code mode}, as Prisma does) and MySQL's full-text {@code search}.
 */
public final class StringFilter extends OrderedFilter<String, StringFilter> {

    @Override
    protected StringFilter newFilter() {
        return new StringFilter();
    }

    public StringFilter contains(String value) {
        return with("contains", value);
    }

    public StringFilter startsWith(String value) {
        return with("startsWith", value);
    }

    public StringFilter endsWith(String value) {
        return with("endsWith", value);
    }

    public StringFilter mode(QueryMode mode) {
        return with("mode", mode);
    }

    /** Full-text search (MySQL; needs a {@code @@fulltext} index). */
    public StringFilter search(String query) {
        return with("search", query);
    }
}
