package io.prisma4j.migrate.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Checksums of migration scripts: SHA-256 of the UTF-8 text, in lowercase hex. A script matches a
 * checksum whatever its line endings (git changes them), and old zero-stripped checksums still match.
 */
public final class Checksum {
    private static final int LENGTH = 64;

    private Checksum() {
    }

    public static String of(String script) {
        return HexFormat.of().formatHex(sha256(script));
    }

    public static boolean matches(String script, String checksum) {
        for (String variant : new String[] {script, script.replace("\r\n", "\n"), script.replace("\n", "\r\n")}) {
            byte[] digest = sha256(variant);
            String rendered = !checksum.isEmpty() && checksum.length() != LENGTH ? unpadded(digest)
                    : HexFormat.of().formatHex(digest);
            if (rendered.equals(checksum)) {
                return true;
            }
        }
        return false;
    }

    /** Early Prisma versions wrote bytes without zero padding ({@code 0a} as {@code a}). */
    private static String unpadded(byte[] digest) {
        StringBuilder out = new StringBuilder();
        for (byte b : digest) {
            out.append(Integer.toHexString(b & 0xff));
        }
        return out.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
