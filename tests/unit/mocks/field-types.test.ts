// The embedded backend's validators for booleans, numbers, enums, dates, date-times and URLs answer as pydantic does.
import { describe, expect, it } from "vitest";

import { date, dateTime, url } from "../../mocks/framework/formats";
import { boolean, choice, integer, number, type Field } from "../../mocks/framework/validation";

const LOC = ["body", "field"];
const accepted = <T>(field: Field<T>, input: unknown) => {
  const result = field.validate(input, LOC);
  if (!result.ok) throw new Error(`refused ${JSON.stringify(input)}: ${JSON.stringify(result.errors)}`);
  return result.value;
};
const refused = <T>(field: Field<T>, input: unknown) => {
  const result = field.validate(input, LOC);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
  return result.errors.map(({ type, msg }) => ({ type, msg }));
};

describe("boolean", () => {
  it("takes JSON booleans and the strings pydantic's lax mode knows", () => {
    expect([true, false, "yes", "off", 1, 0].map((input) => accepted(boolean(), input))).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it("refuses anything else with bool_parsing or bool_type", () => {
    expect(refused(boolean(), "maybe")).toEqual([
      { type: "bool_parsing", msg: "Input should be a valid boolean, unable to interpret input" },
    ]);
    expect(refused(boolean(), null)).toEqual([{ type: "bool_type", msg: "Input should be a valid boolean" }]);
  });
});

describe("number", () => {
  it("stores 42.50 as 42.5 and parses numeric strings", () => {
    expect(accepted(number(), 42.5)).toBe(42.5);
    expect(accepted(number(), "42.50")).toBe(42.5);
  });

  it("checks multipleOf before the bounds, with pydantic's messages", () => {
    const price = number({ exclusiveMinimum: 0, maximum: 1000, multipleOf: 0.01 });

    expect(accepted(price, 19.99)).toBe(19.99);
    expect(refused(price, 0)).toEqual([{ type: "greater_than", msg: "Input should be greater than 0" }]);
    expect(refused(price, 1000.5)).toEqual([
      { type: "less_than_equal", msg: "Input should be less than or equal to 1000" },
    ]);
    expect(refused(price, 1.005)).toEqual([
      { type: "multiple_of", msg: "Input should be a multiple of 0.01" },
    ]);
    expect(refused(number(), "12,5")).toEqual([
      { type: "float_parsing", msg: "Input should be a valid number, unable to parse string as a number" },
    ]);
  });

  it("bounds integers too", () => {
    expect(refused(integer({ minimum: 0 }), -1)).toEqual([
      { type: "greater_than_equal", msg: "Input should be greater than or equal to 0" },
    ]);
  });
});

describe("choice", () => {
  it("takes one of an enum's values and lists them all when refusing", () => {
    const status = choice(["draft", "active", "archived"]);

    expect(accepted(status, "active")).toBe("active");
    expect(refused(status, "Active")).toEqual([
      { type: "enum", msg: "Input should be 'draft', 'active' or 'archived'" },
    ]);
  });
});

describe("date and dateTime", () => {
  it("take ISO 8601 and answer it as pydantic serializes it", () => {
    expect(accepted(date(), "2026-02-28")).toBe("2026-02-28");
    expect(accepted(dateTime(), "2026-02-28T09:30:00.000Z")).toBe("2026-02-28T09:30:00Z");
    expect(accepted(dateTime(), "2026-02-28T09:30+02:00")).toBe("2026-02-28T09:30:00+02:00");
    expect(accepted(dateTime(), "2026-02-28 09:30:00.5")).toBe("2026-02-28T09:30:00.500000");
  });

  it("refuse what speedate refuses, saying why", () => {
    expect(refused(date(), "2026-02-30")).toEqual([
      {
        type: "date_parsing",
        msg: "Input should be a valid date in the format YYYY-MM-DD, day value is outside expected range",
      },
    ]);
    expect(refused(date(), "28.02.2026")).toEqual([
      {
        type: "date_parsing",
        msg: "Input should be a valid date in the format YYYY-MM-DD, invalid character in year",
      },
    ]);
    expect(refused(dateTime(), "2026-02-28T25:00")).toEqual([
      {
        type: "datetime_from_date_parsing",
        msg: "Input should be a valid datetime or date, hour value is outside expected range of 0-23",
      },
    ]);
  });
});

describe("url", () => {
  it("answers the normalized address", () => {
    expect(accepted(url(), "https://example.com")).toBe("https://example.com/");
    expect(accepted(url(), "https://example.com/a?b=c")).toBe("https://example.com/a?b=c");
  });

  it("refuses a relative address and one over the length limit", () => {
    expect(refused(url(), "example.com")).toEqual([
      { type: "url_parsing", msg: "Input should be a valid URL, relative URL without a base" },
    ]);
    expect(refused(url({ maxLength: 20 }), `https://example.com/${"a".repeat(20)}`)).toEqual([
      { type: "url_too_long", msg: "URL should have at most 20 characters" },
    ]);
  });
});
