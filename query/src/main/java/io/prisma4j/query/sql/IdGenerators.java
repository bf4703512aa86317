package io.prisma4j.query.sql;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The values of {@code @default(uuid())}, {@code cuid()}, {@code nanoid()} and {@code ulid()}, as Prisma generates them. */
final class IdGenerators {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String NANOID_ALPHABET = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final AtomicInteger CUID_COUNTER = new AtomicInteger(RANDOM.nextInt(1_679_616));
    private static final String FINGERPRINT = fingerprint();

    private IdGenerators() {
    }

    static String uuid(Integer version) {
        if (version != null && version == 7) {
            long millis = System.currentTimeMillis();
            long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
            long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(high, low).toString();
        }
        return UUID.randomUUID().toString();
    }

    /** cuid (version 1): {@code c} + time + counter + fingerprint + random, base 36, 25 characters. */
    static String cuid(Integer version) {
        if (version != null && version == 2) {
            StringBuilder out = new StringBuilder(24);
            out.append((char) ('a' + RANDOM.nextInt(26)));
            while (out.length() < 24) {
                out.append(BASE36.charAt(RANDOM.nextInt(36)));
            }
            return out.toString();
        }
        String time = Long.toString(System.currentTimeMillis(), 36);
        String counter = pad(Integer.toString(CUID_COUNTER.getAndIncrement() % 1_679_616, 36), 4);
        String random = pad(Long.toString(Math.abs(RANDOM.nextLong()) % 2_821_109_907_456L, 36), 8);
        return "c" + time + counter + FINGERPRINT + random;
    }

    static String nanoid(Integer length) {
        int size = length == null ? 21 : length;
        StringBuilder out = new StringBuilder(size);
        for (int i = 0; i < size; i++) {
            out.append(NANOID_ALPHABET.charAt(RANDOM.nextInt(NANOID_ALPHABET.length())));
        }
        return out.toString();
    }

    /** ULID: 48-bit millisecond time and 80 random bits in Crockford base 32. */
    static String ulid() {
        long time = System.currentTimeMillis();
        StringBuilder out = new StringBuilder(26);
        for (int i = 9; i >= 0; i--) {
            out.append(CROCKFORD.charAt((int) ((time >>> (i * 5)) & 31)));
        }
        for (int i = 0; i < 16; i++) {
            out.append(CROCKFORD.charAt(RANDOM.nextInt(32)));
        }
        return out.toString();
    }

    private static String fingerprint() {
        long pid = ProcessHandle.current().pid();
        String host = System.getenv().getOrDefault("HOSTNAME", "prisma4j");
        int hostSum = host.length() + 36;
        for (char c : host.toCharArray()) {
            hostSum += c;
        }
        return pad(Long.toString(pid % 1296, 36), 2) + pad(Integer.toString(hostSum % 1296, 36), 2);
    }

    private static String pad(String text, int size) {
        if (text.length() >= size) {
            return text.substring(text.length() - size);
        }
        return "0".repeat(size - text.length()) + text;
    }
}
