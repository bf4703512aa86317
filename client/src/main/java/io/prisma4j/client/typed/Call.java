package io.prisma4j.client.typed;

import io.prisma4j.client.PendingOperation;
import io.prisma4j.client.PrismaOperations;

import java.util.Map;
import java.util.function.Function;

/** One model action with its arguments and how to turn the dynamic result into the typed one. */
record Call<T>(String model, String action, Map<String, Object> args, Function<Object, T> result) {

    T run(PrismaOperations client) {
        return result.apply(client.execute(model, action, args));
    }

    Pending<T> pending() {
        return new Pending<>(PendingOperation.model(model, action, args), result);
    }
}
