package io.prisma4j.conformance;

import java.util.List;

/** A short line diff for failure reports: the first differing line with a little context. */
public final class TextDiff {
    private TextDiff() {
    }

    /** Empty when equal; otherwise where the two texts first differ. */
    public static String diff(String expected, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int i = 0;
        while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) {
            i++;
        }
        StringBuilder out = new StringBuilder();
        out.append("first difference at line ").append(i + 1).append('\n');
        for (int k = Math.max(0, i - 2); k < Math.min(Math.max(e.size(), a.size()), i + 3); k++) {
            String ev = k < e.size() ? e.get(k) : "<end>";
            String av = k < a.size() ? a.get(k) : "<end>";
            if (ev.equals(av)) {
                out.append("    ").append(ev).append('\n');
            } else {
                out.append("  - ").append(ev).append('\n');
                out.append("  + ").append(av).append('\n');
            }
        }
        if (e.size() == a.size() && i >= e.size()) {
            out.append("  (texts differ only in line endings or a final newline)\n");
        }
        return out.toString();
    }
}
