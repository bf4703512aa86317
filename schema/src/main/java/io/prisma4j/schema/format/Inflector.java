package io.prisma4j.schema.format;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English inflection for the names of fields the repairs add ({@code UserRole} gives {@code userRoles},
 * {@code Category} gives {@code categories}). It reproduces the camel-case and plural rules of the
 * inflector library Prisma uses, so the added names are the ones Prisma would pick.
 */
final class Inflector {
    private Inflector() {
    }

    /**
     * camelCase as the inflector computes it: letters are lower-cased, except the first letter of each new
     * word, a word starting after a separator (any non-alphanumeric character), after a digit, or where an
     * upper-case letter follows a lower-case one. The first letter of the text is lower-cased, so
     * {@code UserRole} gives {@code userRole} and {@code user_role} gives {@code userRole}.
     */
    static String camelCase(String input) {
        String text = trimTrailingSeparators(input);
        StringBuilder out = new StringBuilder(text.length());
        boolean newWord = false;
        boolean foundRealChar = false;
        char lastChar = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && foundRealChar) {
                newWord = true;
            } else if (!foundRealChar && !Character.isLetterOrDigit(c)) {
                continue;
            } else if (Character.isDigit(c)) {
                foundRealChar = true;
                newWord = true;
                out.append(c);
            } else if (newWord || (Character.isLowerCase(lastChar) && Character.isUpperCase(c))) {
                foundRealChar = true;
                newWord = false;
                out.append(Character.toUpperCase(c));
            } else {
                foundRealChar = true;
                lastChar = c;
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static String trimTrailingSeparators(String input) {
        int end = input.length();
        while (end > 0 && !Character.isLetterOrDigit(input.charAt(end - 1))) {
            end--;
        }
        return input.substring(0, end);
    }

    private static final Set<String> UNCOUNTABLE = Set.of("accommodation", "adulthood", "advertising", "advice",
            "aggression", "aid", "air", "aircraft", "alcohol", "anger", "applause", "arithmetic", "assistance",
            "athletics", "bacon", "baggage", "beef", "biology", "blood", "botany", "bread", "butter", "carbon",
            "cardboard", "cash", "chalk", "chaos", "chess", "crossroads", "countryside", "dancing", "deer",
            "dignity", "dirt", "dust", "economics", "education", "electricity", "engineering", "enjoyment", "envy",
            "equipment", "ethics", "evidence", "evolution", "fame", "fiction", "flour", "flu", "food", "fuel",
            "fun", "furniture", "gallows", "garbage", "garlic", "genetics", "gold", "golf", "gossip", "grammar",
            "gratitude", "grief", "guilt", "gymnastics", "happiness", "hardware", "harm", "hate", "hatred",
            "health", "heat", "help", "homework", "honesty", "honey", "hospitality", "housework", "humour",
            "hunger", "hydrogen", "ice", "importance", "inflation", "information", "innocence", "iron", "irony",
            "jam", "jewelry", "judo", "karate", "knowledge", "lack", "laughter", "lava", "leather", "leisure",
            "lightning", "linguine", "linguini", "linguistics", "literature", "litter", "livestock", "logic",
            "loneliness", "luck", "luggage", "macaroni", "machinery", "magic", "management", "mankind", "marble",
            "mathematics", "mayonnaise", "measles", "methane", "milk", "money", "mud", "music", "mumps", "nature",
            "news", "nitrogen", "nonsense", "nurture", "nutrition", "obedience", "obesity", "oxygen", "pasta",
            "patience", "physics", "poetry", "pollution", "poverty", "pride", "psychology", "publicity",
            "punctuation", "quartz", "racism", "relaxation", "reliability", "research", "respect", "revenge",
            "rice", "rubbish", "rum", "safety", "scenery", "seafood", "seaside", "series", "shame", "sheep",
            "shopping", "sleep", "smoke", "smoking", "snow", "soap", "software", "soil", "spaghetti", "species",
            "steam", "stuff", "stupidity", "sunshine", "symmetry", "tennis", "thirst", "thunder", "timber",
            "traffic", "transportation", "trust", "underwear", "unemployment", "unity", "validity", "veal",
            "vegetation", "vegetarianism", "vengeance", "violence", "vitality", "warmth", "wealth", "weather",
            "welfare", "wheat", "wildlife", "wisdom", "yoga", "zinc", "zoology");

    private static final Map<String, String> IRREGULAR = Map.of("ox", "oxen", "man", "men", "woman", "women",
            "die", "dice", "yes", "yeses", "foot", "feet", "eave", "eaves", "goose", "geese", "tooth", "teeth",
            "quiz", "quizzes");

    private record Rule(Pattern pattern, String replacement) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }

    /** Tried from the last to the first; the first that matches decides. */
    private static final List<Rule> RULES = List.of(
            new Rule("(\\w*)s$", "s"),
            new Rule("(\\w*([^aeiou]ese))$", ""),
            new Rule("(\\w*(ax|test))is$", "es"),
            new Rule("(\\w*(alias|[^aou]us|tlas|gas|ris))$", "es"),
            new Rule("(\\w*(e[mn]u))s?$", "s"),
            new Rule("(\\w*([^l]ias|[aeiou]las|[emjzr]as|[iu]am))$", ""),
            new Rule("(\\w*(alumn|syllab|octop|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat))"
                    + "(?:us|i)$", "i"),
            new Rule("(\\w*(alumn|alg|vertebr))(?:a|ae)$", "ae"),
            new Rule("(\\w*(seraph|cherub))(?:im)?$", "im"),
            new Rule("(\\w*(her|at|gr))o$", "oes"),
            new Rule("(\\w*(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi"
                    + "|curricul|automat|quor))(?:a|um)$", "a"),
            new Rule("(\\w*(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr"
                    + "|automat))(?:a|on)$", "a"),
            new Rule("(\\w*)sis$", "ses"),
            new Rule("(\\w*(kni|wi|li))fe$", "ves"),
            new Rule("(\\w*(ar|l|ea|eo|oa|hoo))f$", "ves"),
            new Rule("(\\w*([^aeiouy]|qu))y$", "ies"),
            new Rule("(\\w*([^ch][ieo][ln]))ey$", "ies"),
            new Rule("(\\w*(x|ch|ss|sh|zz)es)$", ""),
            new Rule("(\\w*(x|ch|ss|sh|zz))$", "es"),
            new Rule("(\\w*(matr|cod|mur|sil|vert|ind|append))(?:ix|ex)$", "ices"),
            new Rule("(\\w*(m|l))(?:ice|ouse)$", "ice"),
            new Rule("(\\w*(pe))(?:rson|ople)$", "ople"),
            new Rule("(\\w*(child))(?:ren)?$", "ren"),
            new Rule("(\\w*eaux)$", ""));

    static String plural(String word) {
        if (UNCOUNTABLE.contains(word)) {
            return word;
        }
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        for (int i = RULES.size() - 1; i >= 0; i--) {
            Matcher matcher = RULES.get(i).pattern().matcher(word);
            if (matcher.find()) {
                return matcher.group(1) + RULES.get(i).replacement();
            }
        }
        return word + "s";
    }
}
