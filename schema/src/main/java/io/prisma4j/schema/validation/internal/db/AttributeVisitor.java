package io.prisma4j.schema.validation.internal.db;

import io.prisma4j.schema.ast.Argument;
import io.prisma4j.schema.ast.ArgumentList;
import io.prisma4j.schema.ast.Attribute;
import io.prisma4j.schema.ast.Expression;
import io.prisma4j.schema.ast.Identifier;
import io.prisma4j.schema.diagnostics.Diagnostic;
import io.prisma4j.schema.diagnostics.Diagnostics;
import io.prisma4j.schema.diagnostics.Messages;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks one attribute list (of a field, model, enum value, ...) the way Prisma does: validators ask for
 * the attributes and arguments they understand, and whatever nobody asked for is reported at the end
 * ("Attribute not known", "No such argument."). Repeated single attributes, repeated arguments and
 * empty argument values are reported on the way.
 */
final class AttributeVisitor {
    private final Diagnostics diagnostics;
    private List<Attribute> attributes = List.of();
    private final BitSet unused = new BitSet();
    private Attribute current;
    /** Remaining arguments of {@link #current}: name (or "" for unnamed) to index, the last one winning. */
    private final Map<String, Integer> arguments = new HashMap<>();

    AttributeVisitor(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Starts on an attribute list. */
    void visit(List<Attribute> attributes) {
        this.attributes = attributes;
        unused.clear();
        unused.set(0, attributes.size());
        current = null;
        arguments.clear();
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    void error(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    Attribute current() {
        return current;
    }

    /** An error about the current attribute: {@code Error parsing attribute "@name": <message>}. */
    void attributeError(String message) {
        diagnostics.add(Messages.attributeValidationError(message, "@" + current.name(), current.span()));
    }

    /**
     * An attribute that may appear once. Reports every occurrence when repeated (and then returns
     * {@code false}); otherwise makes it the current attribute and returns whether its arguments are
     * usable.
     */
    boolean optionalSingle(String name) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equals(name)) {
                found.add(i);
            }
        }
        if (found.isEmpty()) {
            return false;
        }
        if (found.size() > 1) {
            for (int i : found) {
                Attribute attribute = attributes.get(i);
                diagnostics.add(Messages.duplicateAttribute(attribute.name(), attribute.span()));
                unused.clear(i);
            }
            return false;
        }
        unused.clear(found.get(0));
        return start(attributes.get(found.get(0)));
    }

    /** The next not yet visited occurrence of a repeatable attribute with usable arguments, if any. */
    boolean repeated(String name) {
        for (int i = 0; i < attributes.size(); i++) {
            if (unused.get(i) && attributes.get(i).name().equals(name)) {
                unused.clear(i);
                if (start(attributes.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The native type attribute ({@code @db.VarChar(...)}), if any: every dotted attribute is taken, a
     * second one reported as a duplicate, and the last one returned.
     */
    Attribute datasourceScoped() {
        Attribute found = null;
        for (int i = 0; i < attributes.size(); i++) {
            Attribute attribute = attributes.get(i);
            if (!attribute.name().contains(".")) {
                continue;
            }
            unused.clear(i);
            if (found != null) {
                String scope = attribute.name().substring(0, attribute.name().indexOf('.'));
                diagnostics.add(Messages.duplicateAttribute(scope, attribute.span()));
            }
            found = attribute;
        }
        return found;
    }

    /**
     * The argument named {@code name}, or else the unnamed one. Reports when both are given, or (when
     * {@code required}) when neither is.
     */
    Expression defaultArgument(String name) {
        Integer named = arguments.remove(name);
        Integer unnamed = arguments.remove("");
        if (named != null && unnamed != null) {
            diagnostics.add(Messages.duplicateDefaultArgument(name, argument(named).span()));
            return null;
        }
        if (named == null && unnamed == null) {
            diagnostics.add(Messages.argumentMissing(name, current.span()));
            return null;
        }
        return argument(named != null ? named : unnamed).value();
    }

    /**
     * Like {@link #defaultArgument} but reporting nothing: {@code null} when neither or both are given
     * (both are consumed either way).
     */
    Expression defaultArgumentQuietly(String name) {
        Integer named = arguments.remove(name);
        Integer unnamed = arguments.remove("");
        if ((named == null) == (unnamed == null)) {
            return null;
        }
        return argument(named != null ? named : unnamed).value();
    }

    /** The argument named {@code name}, or {@code null}. */
    Expression optionalArgument(String name) {
        Integer index = arguments.remove(name);
        return index == null ? null : argument(index).value();
    }

    /** Ends the current attribute, reporting every argument nobody asked for. */
    void validateArguments() {
        List<Integer> rest = new ArrayList<>(arguments.values());
        rest.sort(null);
        for (int index : rest) {
            diagnostics.add(Messages.unusedArgument(argument(index).span()));
        }
        discardArguments();
    }

    /** Ends the current attribute without looking at its remaining arguments. */
    void discardArguments() {
        current = null;
        arguments.clear();
    }

    /** Ends the attribute list, reporting every attribute nobody asked for. */
    void validateAttributes() {
        for (int i = unused.nextSetBit(0); i >= 0; i = unused.nextSetBit(i + 1)) {
            Attribute attribute = attributes.get(i);
            diagnostics.add(Messages.attributeNotKnown(attribute.name(), attribute.span()));
        }
        unused.clear();
        attributes = List.of();
    }

    private Argument argument(int index) {
        return current.args().arguments().get(index);
    }

    /** Makes {@code attribute} current; {@code false} when an argument has no value (already reported). */
    private boolean start(Attribute attribute) {
        String display = "@" + attribute.name();
        boolean usable = true;
        List<ArgumentList> lists = new ArrayList<>();
        lists.add(attribute.args());
        for (Argument argument : attribute.args().arguments()) {
            if (argument.value() instanceof Expression.FunctionCall call) {
                lists.add(call.arguments());
            }
        }
        for (ArgumentList list : lists) {
            for (Identifier empty : list.emptyArguments()) {
                diagnostics.add(Messages.argumentMissingValue(empty.name(), display, empty.span()));
                usable = false;
            }
            for (Argument argument : list.arguments()) {
                if (argument.value() instanceof Expression.ArrayValue array) {
                    for (Expression element : array.values()) {
                        if (element instanceof Expression.FunctionCall call) {
                            for (Identifier empty : call.arguments().emptyArguments()) {
                                diagnostics.add(Messages.argumentMissingValue(empty.name(), "@" + display,
                                        empty.span()));
                            }
                        }
                    }
                }
            }
            if (list.trailingComma() != null) {
                diagnostics.add(Messages.trailingCommaInArguments(display, list.trailingComma()));
            }
        }
        if (!usable) {
            return false;
        }
        current = attribute;
        arguments.clear();
        List<String> unnamedValues = new ArrayList<>();
        List<Argument> list = attribute.args().arguments();
        for (int i = 0; i < list.size(); i++) {
            Argument argument = list.get(i);
            String key = argument.isNamed() ? argument.name().name() : "";
            Integer existing = arguments.put(key, i);
            if (existing != null) {
                if (!argument.isNamed()) {
                    if (unnamedValues.isEmpty()) {
                        unnamedValues.add(ExpressionText.render(list.get(existing).value()));
                    }
                    unnamedValues.add(ExpressionText.render(argument.value()));
                } else {
                    diagnostics.add(Messages.duplicateArgument(key, argument.span()));
                }
            }
        }
        if (!unnamedValues.isEmpty()) {
            diagnostics.add(Messages.multipleUnnamedArguments(String.join(", ", unnamedValues), display,
                    attribute.span()));
        }
        return true;
    }
}
