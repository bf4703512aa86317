package io.prisma4j.conformance;

import java.nio.file.Path;
import java.util.List;

/**
 * One category of the conformance corpus ({@code validate}, {@code format}, {@code migrate},
 * {@code queries}): runs every case of its folder and reports one result per provider (or a single
 * one when the category has no providers).
 */
public interface Category {

    /** The folder name under the corpus root. */
    String name();

    /** Runs every case found in {@code folder}. */
    List<Result> run(Path folder) throws Exception;

    /** The outcome for one provider (or the whole category when {@code provider} is {@code null}). */
    record Result(String provider, List<CaseOutcome> cases) {
        public long passed() {
            return cases.stream().filter(CaseOutcome::passed).count();
        }

        public long failed() {
            return cases.size() - passed();
        }
    }

    /** One case: whether it matched, and a short diff when it did not. */
    record CaseOutcome(String name, boolean passed, String diff) {
        public static CaseOutcome pass(String name) {
            return new CaseOutcome(name, true, "");
        }

        public static CaseOutcome fail(String name, String diff) {
            return new CaseOutcome(name, false, diff);
        }
    }
}
