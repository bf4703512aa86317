package io.prisma4j.client.typed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The typed results of a batch {@code $transaction}, in the order of its calls. */
public final class TransactionResults {
    private final List<Object> results;
    private final Map<Pending<?>, Integer> positions = new IdentityHashMap<>();

    TransactionResults(List<Pending<?>> calls, List<Object> raw) {
        List<Object> typed = new ArrayList<>(raw.size());
        for (int i = 0; i < calls.size(); i++) {
            typed.add(calls.get(i).convert(raw.get(i)));
            positions.putIfAbsent(calls.get(i), i);
        }
        this.results = Collections.unmodifiableList(typed);
    }

    /** The result of {@code call}, typed. */
    @SuppressWarnings("unchecked")
    public <T> T get(Pending<T> call) {
        Integer position = positions.get(call);
        if (position == null) {
            throw new IllegalArgumentException("This call was not part of the transaction");
        }
        return (T) results.get(position);
    }

    /** The result of the {@code index}-th call. */
    public Object get(int index) {
        return results.get(index);
    }

    public int size() {
        return results.size();
    }

    public List<Object> asList() {
        return results;
    }

    @Override
    public String toString() {
        return results.toString();
    }
}
