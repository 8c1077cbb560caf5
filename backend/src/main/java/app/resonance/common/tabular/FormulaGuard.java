package app.resonance.common.tabular;

/**
 * Text that a spreadsheet program would run as a formula when it opens a CSV file (CSV injection):
 * cells starting with = + - @, a tab or a carriage return. As OWASP advises, an export puts a single
 * quote before them, which spreadsheets show as text; an import takes exactly that quote off again,
 * so an exported file imports to the same values.
 */
final class FormulaGuard {

    private FormulaGuard() {}

    static String guard(String text) {
        return startsLikeAFormula(text, 0) ? "'" + text : text;
    }

    static String unguard(String text) {
        return text.startsWith("'") && startsLikeAFormula(text, 1) ? text.substring(1) : text;
    }

    private static boolean startsLikeAFormula(String text, int at) {
        return text.length() > at && "=+-@\t\r".indexOf(text.charAt(at)) >= 0;
    }
}
