package app.resonance.common.tabular;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ImportProblem")
@Description("Why a row of an imported file was refused.")
public record RowProblem(
        @Description("Line (CSV) or row number (XLSX) as the user's editor shows it; 1 is the header.")
        long line,

        @Description("The file's column, when one cell is at fault.")
        String column,

        @NonNull @Description("What is wrong, for clients that word it themselves (e.g. in the user's language).")
        Reason reason,

        @Description("The text from the file the reason is about, if any.")
        String value,

        @Description("What the reason compares it with, if anything: a length limit, the allowed values, a line,"
                + " a name.")
        String detail,

        @NonNull @Description("The reason in English, with value and detail.")
        String message) {

    public static RowProblem of(long line, String column, Reason reason, String value, String detail) {
        return new RowProblem(
                line,
                column,
                reason,
                value,
                detail,
                reason.english.replace("{value}", String.valueOf(value)).replace("{detail}", String.valueOf(detail)));
    }

    @Name("ImportProblemReason")
    public enum Reason {
        EMPTY("is empty"),
        TOO_LONG("is longer than {detail} characters"),
        NUL_CHARACTER("contains a NUL character, which text cannot hold"),
        NOT_AN_ADDRESS("'{value}' is not an http(s) address"),
        NOT_A_FRACTION("'{value}' is not a number from 0 to 1"),
        NOT_A_DATE("'{value}' is not a date (e.g. 2026-05-01 or 2026-05-01T10:00:00Z)"),
        IN_THE_FUTURE("'{value}' is in the future"),
        TOO_EARLY("'{value}' is before {detail}"),
        NOT_ONE_OF("'{value}' is not one of {detail}"),
        UNKNOWN_BRAND("no brand named '{value}' in this workspace"),
        UNKNOWN_CHANNEL("no channel named '{value}' in this workspace"),
        UNKNOWN_SEGMENT("no segment named '{value}' in this workspace"),
        SEGMENT_ASSESSED_TWICE("the segment {value} is assessed twice"),
        EXTERNAL_ID_TWICE("external id {value} appears twice in the file"),
        REPEATS_LINE("repeats line {detail}"),
        NOT_AN_EMAIL("'{value}' is not an email address"),
        NOT_A_PHONE("'{value}' is not a phone number (digits, spaces and + ( ) - . / only)"),
        NOT_A_COUNTRY("'{value}' is not an ISO 3166-1 alpha-2 country code (e.g. PL)"),
        NOT_A_LANGUAGE("'{value}' is not a language tag (e.g. en or pt-BR)"),
        NOT_A_CURRENCY("'{value}' is not an ISO 4217 currency code (e.g. EUR)"),
        NOT_A_BOOLEAN("'{value}' is not true or false"),
        NOT_A_QUANTITY("'{value}' is not a whole number from 1 to {detail}"),
        NOT_AN_AMOUNT("'{value}' is not an amount of at least 0 with at most two decimals"),
        NAME_OR_EMAIL_MISSING("the row has no first name, last name or email"),
        NO_OWNER("the row names no company and no contact"),
        TWO_OWNERS("the row names both a company and a contact; equipment belongs to one"),
        UNKNOWN_COMPANY("no company '{value}' in this workspace"),
        UNKNOWN_CONTACT("no contact '{value}' in this workspace"),
        UNKNOWN_FIELD("the mapping names '{value}', which is not one of {detail}"),
        MATCHES_SAME_RECORD("matches the same record as line {detail}"),
        PURCHASE_DIFFERS("the purchase {value} has other buyer, time, amount or currency on line {detail}"),
        PURCHASE_INCOMPLETE("another line of the purchase {value} has a problem"),
        MISSING_COLUMNS("the file has no column {detail}"),
        CLIENT_BRAND_EXISTS("the workspace's client brand is already {detail}"),
        SECOND_CLIENT_BRAND("only one brand can be the client; {detail} is already"),
        // The file's own problems, found while reading it; reading stops at the line named.
        UNREADABLE_FILE("the file cannot be read as {detail}"),
        TOO_MANY_ROWS("the file has more than {detail} data rows"),
        TOO_MANY_COLUMNS("{value} is beyond the column limit of {detail}"),
        CELL_TOO_LONG("a cell is longer than {detail} characters"),
        RECORD_TOO_LONG("a record is longer than {detail} characters"),
        FILE_TOO_BIG_INFLATED("the file unpacks to more than {detail} bytes"),
        SUSPICIOUS_COMPRESSION("a part of the file unpacks to more than {detail} times its packed size (a zip bomb?)");

        private final String english;

        Reason(String english) {
            this.english = english;
        }
    }
}
