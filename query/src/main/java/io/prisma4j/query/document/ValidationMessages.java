package io.prisma4j.query.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link ValidationError} into the sentence Prisma Client prints, including its choice of the
 * most relevant error of a union and its "Did you mean" suggestion.
 */
public final class ValidationMessages {
    /** Options further than this edit distance are never suggested. */
    private static final int MAX_EDIT_DISTANCE = 3;
    private static final String AVAILABLE = "Available options are marked with ?.";

    private ValidationMessages() {
    }

    /** The error that will be shown: unions are flattened, type errors at one path merged, the best one picked. */
    public static ValidationError effective(ValidationError error) {
        if (!(error instanceof ValidationError.Union union)) {
            return error;
        }
        List<ValidationError> flat = new ArrayList<>();
        flatten(union, flat);
        List<ValidationError> merged = new ArrayList<>();
        Map<String, ValidationError.InvalidArgumentType> byPath = new LinkedHashMap<>();
        for (ValidationError candidate : flat) {
            if (candidate instanceof ValidationError.InvalidArgumentType type) {
                String key = String.join(".", type.selectionPath()) + ":" + String.join(".", type.argumentPath());
                ValidationError.InvalidArgumentType previous = byPath.get(key);
                if (previous == null) {
                    byPath.put(key, type);
                } else {
                    LinkedHashSet<String> names = new LinkedHashSet<>(previous.argument().typeNames());
                    names.addAll(type.argument().typeNames());
                    byPath.put(key, new ValidationError.InvalidArgumentType(type.selectionPath(), type.argumentPath(),
                            new ValidationError.ArgumentDescription(type.argument().name(), List.copyOf(names)),
                            type.inferredType()));
                }
            } else {
                merged.add(candidate);
            }
        }
        merged.addAll(byPath.values());
        ValidationError best = null;
        for (ValidationError candidate : merged) {
            if (best == null || compare(candidate, best) > 0) {
                best = candidate;
            }
        }
        return best;
    }

    private static void flatten(ValidationError.Union union, List<ValidationError> into) {
        for (ValidationError error : union.errors()) {
            if (error instanceof ValidationError.Union nested) {
                flatten(nested, into);
            } else {
                into.add(error);
            }
        }
    }

    private static int compare(ValidationError a, ValidationError b) {
        int lengths = pathLength(a) - pathLength(b);
        return lengths != 0 ? lengths : score(a) - score(b);
    }

    private static int pathLength(ValidationError error) {
        int length = error.selectionPath().size();
        List<String> argumentPath = argumentPath(error);
        return length + (argumentPath == null ? 0 : argumentPath.size());
    }

    /** The argument path of an error that has one, else {@code null}. */
    public static List<String> argumentPath(ValidationError error) {
        if (error instanceof ValidationError.UnknownArgument e) {
            return e.argumentPath();
        } else if (error instanceof ValidationError.UnknownInputField e) {
            return e.argumentPath();
        } else if (error instanceof ValidationError.RequiredArgumentMissing e) {
            return e.argumentPath();
        } else if (error instanceof ValidationError.InvalidArgumentType e) {
            return e.argumentPath();
        } else if (error instanceof ValidationError.InvalidArgumentValue e) {
            return e.argumentPath();
        } else if (error instanceof ValidationError.ValueTooLarge e) {
            return e.argumentPath();
        } else if (error instanceof ValidationError.SomeFieldsMissing e) {
            return e.argumentPath();
        } else if (error instanceof ValidationError.TooManyFieldsGiven e) {
            return e.argumentPath();
        } else if (error instanceof ValidationError.InvalidClientValue e) {
            return e.argumentPath();
        }
        return null;
    }

    private static int score(ValidationError error) {
        if (error instanceof ValidationError.InvalidArgumentValue || error instanceof ValidationError.ValueTooLarge) {
            return 20;
        }
        return error instanceof ValidationError.InvalidArgumentType ? 10 : 0;
    }

    /** Prisma's sentence for the error (the part after the rendered arguments). */
    public static String message(ValidationError error) {
        ValidationError e = effective(error);
        if (e instanceof ValidationError.MutuallyExclusiveFields m) {
            return "Please either use `" + m.firstField() + "` or `" + m.secondField()
                    + "`, but not both at the same time.";
        }
        if (e instanceof ValidationError.IncludeOnScalar m) {
            String field = last(m.selectionPath());
            return "Invalid scalar field `" + field + "` for include statement on model " + m.outputType().name()
                    + ". " + AVAILABLE + "\nNote that include statements only accept relation fields.";
        }
        if (e instanceof ValidationError.EmptySelection m) {
            return "The `select` statement for type " + m.outputType().name() + " must not be empty. " + AVAILABLE;
        }
        if (e instanceof ValidationError.UnknownSelectionField m) {
            StringBuilder out = new StringBuilder("Unknown field `").append(last(m.selectionPath())).append('`');
            if (m.parentKind() != null) {
                out.append(" for ").append(m.parentKind()).append(" statement");
            }
            return out.append(" on model `").append(m.outputType().name()).append("`. ").append(AVAILABLE).toString();
        }
        if (e instanceof ValidationError.SelectionSetOnScalar m) {
            return "Cannot select over scalar field '" + m.field() + "'.";
        }
        if (e instanceof ValidationError.UnknownArgument m) {
            return unknownArgument(m.argumentPath().get(0),
                    m.arguments().stream().map(ValidationError.ArgumentDescription::name).toList());
        }
        if (e instanceof ValidationError.UnknownInputField m) {
            return unknownArgument(last(m.argumentPath()),
                    m.inputType().fields().stream().map(ValidationError.ArgumentDescription::name).toList());
        }
        if (e instanceof ValidationError.RequiredArgumentMissing m) {
            String name = last(m.argumentPath());
            return m.givenNull() ? "Argument `" + name + "` must not be null." : "Argument `" + name + "` is missing.";
        }
        if (e instanceof ValidationError.InvalidArgumentType m) {
            return "Argument `" + m.argument().name() + "`: Invalid value provided. Expected "
                    + join("or", m.argument().typeNames()) + ", provided " + m.inferredType() + ".";
        }
        if (e instanceof ValidationError.InvalidArgumentValue m) {
            StringBuilder out = new StringBuilder("Invalid value for argument `").append(m.argument().name()).append('`');
            if (m.underlyingError() != null) {
                out.append(": ").append(m.underlyingError());
            }
            out.append('.');
            if (!m.argument().typeNames().isEmpty()) {
                out.append(" Expected ").append(join("or", m.argument().typeNames())).append('.');
            }
            return out.toString();
        }
        if (e instanceof ValidationError.ValueTooLarge m) {
            return "Unable to fit value " + m.value() + " into a 64-bit signed integer for field `" + m.argumentName()
                    + "`";
        }
        if (e instanceof ValidationError.SomeFieldsMissing m) {
            StringBuilder out = new StringBuilder("Argument `").append(last(m.argumentPath())).append("` of type ")
                    .append(m.inputType().name()).append(" needs ");
            if (m.minFields() == 1) {
                if (m.requiredFields() != null) {
                    out.append("at least one of ").append(join("or",
                            m.requiredFields().stream().map(f -> "`" + f + "`").toList())).append(" arguments.");
                } else {
                    out.append("at least one argument.");
                }
            } else {
                out.append("at least ").append(m.minFields()).append(" arguments.");
            }
            return out.append(' ').append(AVAILABLE).toString();
        }
        if (e instanceof ValidationError.TooManyFieldsGiven m) {
            StringBuilder out = new StringBuilder("Argument `").append(last(m.argumentPath())).append("` of type ")
                    .append(m.inputType().name()).append(" needs ");
            if (m.minFields() == 1 && m.maxFields() == 1) {
                out.append("exactly one argument,");
            } else if (m.maxFields() == 1) {
                out.append("at most one argument,");
            } else {
                out.append("at most ").append(m.maxFields()).append(" arguments,");
            }
            out.append(" but you provided ").append(join("and", m.provided())).append(". Please choose ");
            out.append(m.maxFields() == 1 ? "one." : m.maxFields() + ".");
            return out.toString();
        }
        if (e instanceof ValidationError.InvalidClientValue m) {
            return m.message();
        }
        return "Unknown error";
    }

    private static String unknownArgument(String name, List<String> options) {
        StringBuilder out = new StringBuilder("Unknown argument `").append(name).append("`.");
        String suggestion = suggestion(name, options);
        if (suggestion != null) {
            out.append(" Did you mean `").append(suggestion).append("`?");
        }
        if (!options.isEmpty()) {
            out.append(' ').append(AVAILABLE);
        }
        return out.toString();
    }

    /** The closest option within edit distance 3; the first one on ties. */
    static String suggestion(String name, List<String> options) {
        int best = Integer.MAX_VALUE;
        String result = null;
        for (String option : options) {
            int distance = levenshtein(name, option);
            if (distance <= MAX_EDIT_DISTANCE && distance < best) {
                best = distance;
                result = option;
            }
        }
        return result;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static String join(String preposition, List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + preposition + " " + items.get(items.size() - 1);
    }

    private static String last(List<String> path) {
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }
}
