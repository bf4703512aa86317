package io.prisma4j.migrate.render;

import io.prisma4j.migrate.diff.ColumnChanges;
import io.prisma4j.migrate.diff.Migration;
import io.prisma4j.migrate.diff.MigrationStep;
import io.prisma4j.migrate.diff.Pair;
import io.prisma4j.migrate.diff.RedefineTable;
import io.prisma4j.migrate.diff.TableChange;
import io.prisma4j.migrate.schema.Column;
import io.prisma4j.migrate.schema.Index;
import io.prisma4j.migrate.schema.SqlDefault;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The human-readable summary of a migration that {@code migrate diff} prints without {@code --script}
 * and that drift reports show: added enums and tables, removed ones, then each changed table and enum.
 */
public final class MigrationSummary {
    /** Sections in Prisma's order. */
    private enum Section {
        ADDED_ENUM, ADDED_TABLE, REMOVED_ENUM, REMOVED_TABLE, REDEFINED_TABLE, CHANGED_ENUM, CHANGED_TABLE
    }

    private record Item(Section section, String name, int stepIndex, String lines) {
    }

    private MigrationSummary() {
    }

    public static String render(Migration migration) {
        if (migration.isEmpty()) {
            return "No difference detected.";
        }
        List<Item> items = new ArrayList<>();
        List<MigrationStep> steps = migration.steps();
        for (int i = 0; i < steps.size(); i++) {
            items.addAll(items(steps.get(i), i));
        }
        items.sort(Comparator.comparing(Item::section).thenComparing(Item::name).thenComparingInt(Item::stepIndex));
        StringBuilder out = new StringBuilder();
        Section section = null;
        String name = null;
        for (Item item : items) {
            if (item.section() != section || !item.name().equals(name)) {
                out.append(header(item.section(), item.name()));
            }
            section = item.section();
            name = item.name();
            out.append(item.lines());
        }
        return out.toString();
    }

    private static String header(Section section, String name) {
        return switch (section) {
            case ADDED_ENUM -> "\n[+] Added enums\n";
            case ADDED_TABLE -> "\n[+] Added tables\n";
            case REMOVED_ENUM -> "\n[-] Removed enums\n";
            case REMOVED_TABLE -> "\n[-] Removed tables\n";
            case REDEFINED_TABLE -> "\n[*] Redefined table `" + name + "`\n";
            case CHANGED_ENUM -> "\n[*] Changed the `" + name + "` enum\n";
            case CHANGED_TABLE -> "\n[*] Changed the `" + name + "` table\n";
        };
    }

    private static List<Item> items(MigrationStep step, int index) {
        if (step instanceof MigrationStep.CreateEnum s) {
            return List.of(new Item(Section.ADDED_ENUM, "", index, "  - " + s.enumType().name() + "\n"));
        } else if (step instanceof MigrationStep.DropEnum s) {
            return List.of(new Item(Section.REMOVED_ENUM, "", index, "  - " + s.enumType().name() + "\n"));
        } else if (step instanceof MigrationStep.CreateTable s) {
            return List.of(new Item(Section.ADDED_TABLE, "", index, "  - " + s.table().name() + "\n"));
        } else if (step instanceof MigrationStep.DropTable s) {
            return List.of(new Item(Section.REMOVED_TABLE, "", index, "  - " + s.table().name() + "\n"));
        } else if (step instanceof MigrationStep.AlterEnumStep s) {
            StringBuilder lines = new StringBuilder();
            s.alter().createdValues().forEach(v -> lines.append("  [+] Added variant `").append(v).append("`\n"));
            s.alter().droppedValues().forEach(v -> lines.append("  [-] Removed variant `").append(v).append("`\n"));
            return List.of(new Item(Section.CHANGED_ENUM, s.alter().enums().previous().name(), index, lines.toString()));
        } else if (step instanceof MigrationStep.RedefineTables s) {
            return s.tables().stream().map(RedefineTable::tables)
                    .map(t -> new Item(Section.REDEFINED_TABLE, t.previous().name(), index, "")).toList();
        } else if (step instanceof MigrationStep.AlterTable s) {
            return List.of(new Item(Section.CHANGED_TABLE, s.tables().previous().name(), index, alterTable(s)));
        }
        return List.of(changedTable(step, index));
    }

    private static Item changedTable(MigrationStep step, int index) {
        if (step instanceof MigrationStep.DropForeignKey s) {
            return new Item(Section.CHANGED_TABLE, s.foreignKey().table().name(), index,
                    "  [-] Removed foreign key on columns (" + columns(s.foreignKey().columns()) + ")\n");
        } else if (step instanceof MigrationStep.AddForeignKey s) {
            return new Item(Section.CHANGED_TABLE, s.foreignKey().table().name(), index,
                    "  [+] Added foreign key on columns (" + columns(s.foreignKey().columns()) + ")\n");
        } else if (step instanceof MigrationStep.DropIndex s) {
            return new Item(Section.CHANGED_TABLE, s.index().table().name(), index,
                    "  [-] Removed " + (s.index().isUnique() ? "unique " : "") + "index on columns ("
                            + String.join(", ", s.index().columnNames()) + ")\n");
        } else if (step instanceof MigrationStep.CreateIndex s) {
            return new Item(Section.CHANGED_TABLE, s.table().name(), index,
                    "  [+] Added " + (s.index().isUnique() ? "unique " : "") + "index on columns ("
                            + String.join(", ", s.index().columnNames()) + ")\n");
        } else if (step instanceof MigrationStep.RenameForeignKey s) {
            return new Item(Section.CHANGED_TABLE, s.foreignKeys().next().table().name(), index,
                    "  [*] Renamed the foreign key \"" + s.foreignKeys().previous().constraintName() + "\" to \""
                            + s.foreignKeys().next().constraintName() + "\"\n");
        } else if (step instanceof MigrationStep.RenameIndex s) {
            Pair<Index> indexes = s.indexes();
            return new Item(Section.CHANGED_TABLE, indexes.previous().table().name(), index,
                    "  [*] Renamed index `" + indexes.previous().name() + "` to `" + indexes.next().name() + "`\n");
        } else if (step instanceof MigrationStep.RedefineIndex s) {
            return new Item(Section.CHANGED_TABLE, s.indexes().previous().table().name(), index,
                    "  [*] Redefined index `" + s.indexes().previous().name() + "`\n");
        }
        return new Item(Section.CHANGED_TABLE, "", index, "");
    }

    private static String alterTable(MigrationStep.AlterTable step) {
        StringBuilder out = new StringBuilder();
        for (TableChange change : step.changes()) {
            if (change instanceof TableChange.AddColumn add) {
                out.append("  [+] Added column `").append(add.column().name()).append("`\n");
            } else if (change instanceof TableChange.DropColumn drop) {
                out.append("  [-] Removed column `").append(drop.column().name()).append("`\n");
            } else if (change instanceof TableChange.AlterColumn alter) {
                out.append("  [*] Altered column `").append(alter.columns().next().name()).append("` ")
                        .append(describe(alter.columns(), alter.changes())).append('\n');
            } else if (change instanceof TableChange.DropAndRecreateColumn recreate) {
                out.append("  [*] Column `").append(recreate.columns().next().name())
                        .append("` would be dropped and recreated ")
                        .append(describe(recreate.columns(), recreate.changes())).append('\n');
            } else if (change instanceof TableChange.DropPrimaryKey) {
                out.append("  [-] Dropped the primary key on columns (").append(pk(step.tables().previous()))
                        .append(")\n");
            } else if (change instanceof TableChange.RenamePrimaryKey) {
                out.append("  [*] Renamed the primary key on columns (").append(pk(step.tables().previous()))
                        .append(")\n");
            } else if (change instanceof TableChange.AddPrimaryKey) {
                out.append("  [+] Added primary key on columns (").append(pk(step.tables().next())).append(")\n");
            }
        }
        return out.toString();
    }

    private static String pk(io.prisma4j.migrate.schema.Table table) {
        return table.primaryKey().map(p -> String.join(", ", p.columnNames())).orElse("");
    }

    private static String columns(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    private static String describe(Pair<Column> columns, ColumnChanges changes) {
        List<String> parts = new ArrayList<>();
        for (ColumnChanges.Change change : changes.changes()) {
            parts.add(switch (change) {
                case ARITY -> "changed from " + columns.previous().arity().displayName() + " to "
                        + columns.next().arity().displayName();
                case DEFAULT -> "default changed from `" + describe(columns.previous().defaultValue()) + "` to `"
                        + describe(columns.next().defaultValue()) + "`";
                case TYPE -> "type changed";
                case AUTOINCREMENT -> columns.previous().isAutoincrement() ? "column is no longer autoincrementing"
                        : "column became autoincrementing";
            });
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static String describe(SqlDefault value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof SqlDefault.Value v) {
            return "Some(Value(" + v.value().literal() + "))";
        } else if (value instanceof SqlDefault.Now) {
            return "Some(Now)";
        } else if (value instanceof SqlDefault.Sequence s) {
            return "Some(Sequence(\"" + s.name() + "\"))";
        }
        SqlDefault.DbGenerated g = (SqlDefault.DbGenerated) value;
        return "Some(DbGenerated(" + (g.expression() == null ? "None" : "Some(\"" + g.expression() + "\")") + "))";
    }
}
