// pydantic v2's `date`, `datetime` and URL fields: parsed as pydantic-core (speedate, the url crate) parses them,
// stored as FastAPI serializes them, and refused with pydantic's error types and reasons.
import { valid, type Field, type Loc, type Validated } from "./validation";

const invalid = (
  type: string,
  loc: Loc,
  msg: string,
  input: unknown,
  ctx?: Record<string, unknown>,
): Validated<never> => ({ ok: false, errors: [{ type, loc, msg, input, ...(ctx ? { ctx } : {}) }] });

const DIGIT = /^\d$/;
const digits = (text: string) => [...text].every((character) => DIGIT.test(character));
const twoDigits = (value: number) => String(value).padStart(2, "0");

/** speedate's reading of `YYYY-MM-DD` at the start of `text`: why it is not a date, or null when it is one. */
function dateProblem(text: string): string | null {
  if (text.length < 10) return "input is too short";
  if (!digits(text.slice(0, 4))) return "invalid character in year";
  if (text[4] !== "-" || text[7] !== "-") return "invalid date separator, expected `-`";
  if (!digits(text.slice(5, 7))) return "invalid character in month";
  if (!digits(text.slice(8, 10))) return "invalid character in day";
  const [year, month, day] = [text.slice(0, 4), text.slice(5, 7), text.slice(8, 10)].map(Number) as [
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12) return "month value is outside expected range of 1-12";
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return "day value is outside expected range";
  return null;
}

/** `date`: `YYYY-MM-DD`, answered as sent. */
export function date(): Field<string> {
  return {
    optional: false,
    validate(input, loc) {
      if (typeof input !== "string") return invalid("date_type", loc, "Input should be a valid date", input);
      const reason =
        dateProblem(input) ??
        (input.length > 10 ? "unexpected extra characters at the end of the input" : null);
      if (reason !== null) {
        return invalid(
          "date_parsing",
          loc,
          `Input should be a valid date in the format YYYY-MM-DD, ${reason}`,
          input,
          { error: reason },
        );
      }
      return valid(input);
    },
  };
}

const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?/;
const OFFSET = /^(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/** speedate's reading of the part after the date: `THH:MM[:SS[.ffffff]]` and an optional offset. */
function parseTime(rest: string): { time: string; offset: string } | { reason: string } {
  if (rest === "") return { time: "00:00:00", offset: "" };
  if (!/^[Tt_ ]/.test(rest)) return { reason: "invalid datetime separator, expected `T`, `t`, `_` or space" };
  const match = TIME.exec(rest.slice(1));
  if (!match) return { reason: "invalid character in hour" };
  const [whole, hour = "", minute = "", second = "00", fraction] = match;
  if (Number(hour) > 23) return { reason: "hour value is outside expected range of 0-23" };
  if (Number(minute) > 59) return { reason: "minute value is outside expected range of 0-59" };
  if (Number(second) > 59) return { reason: "second value is outside expected range of 0-59" };
  const tail = rest.slice(1 + whole.length);
  const offset = OFFSET.exec(tail);
  if (tail !== "" && !offset) return { reason: "invalid timezone sign" };
  const micro = fraction === undefined ? "" : `.${fraction.padEnd(6, "0")}`;
  const time = `${hour}:${minute}:${second}${micro === ".000000" ? "" : micro}`;
  if (!offset) return { time, offset: "" };
  const [, zulu, sign, offsetHours = "", offsetMinutes = ""] = offset;
  if (zulu || Number(offsetHours) * 60 + Number(offsetMinutes) === 0) return { time, offset: "Z" };
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)
    return { reason: "timezone offset is too large" };
  return { time, offset: `${sign}${twoDigits(Number(offsetHours))}:${twoDigits(Number(offsetMinutes))}` };
}

/**
 * `datetime`: ISO 8601 with or without an offset (a bare date is midnight), answered the way pydantic serializes
 * it: seconds always, microseconds when there are any, UTC as `Z`, other offsets as `±HH:MM`.
 */
export function dateTime(): Field<string> {
  return {
    optional: false,
    validate(input, loc) {
      if (typeof input !== "string") {
        return invalid("datetime_type", loc, "Input should be a valid datetime", input);
      }
      const problem = dateProblem(input);
      const parsed = problem === null ? parseTime(input.slice(10)) : { reason: problem };
      if ("reason" in parsed) {
        return invalid(
          "datetime_from_date_parsing",
          loc,
          `Input should be a valid datetime or date, ${parsed.reason}`,
          input,
          { error: parsed.reason },
        );
      }
      return valid(`${input.slice(0, 10)}T${parsed.time}${parsed.offset}`);
    },
  };
}

/** pydantic's `AnyUrl`/`HttpUrl` (`format: uri`): parsed and answered normalized, `https://x.org` as `https://x.org/`. */
export function url(rules: { maxLength?: number } = {}): Field<string> {
  return {
    optional: false,
    validate(input, loc) {
      if (typeof input !== "string") {
        return invalid("url_type", loc, "URL input should be a string or URL", input);
      }
      if (input === "")
        return invalid("url_parsing", loc, "Input should be a valid URL, input is empty", input, {
          error: "input is empty",
        });
      if (rules.maxLength !== undefined && input.length > rules.maxLength) {
        return invalid("url_too_long", loc, `URL should have at most ${rules.maxLength} characters`, input, {
          max_length: rules.maxLength,
        });
      }
      if (!/^[a-z][a-z0-9+.-]*:/i.test(input)) {
        return invalid(
          "url_parsing",
          loc,
          "Input should be a valid URL, relative URL without a base",
          input,
          {
            error: "relative URL without a base",
          },
        );
      }
      try {
        return valid(new URL(input).href);
      } catch {
        return invalid("url_parsing", loc, "Input should be a valid URL, empty host", input, {
          error: "empty host",
        });
      }
    },
  };
}
