// Each field type of the products fixture, through the generator: its form control, its zod rule (run), its table
// cell and its embedded-backend validator (run), and what the generator leaves out and says so.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { optionalInput } from "@/lib/validations/fields";
import * as z from "@/lib/validations/zod";

import { zodRule } from "../../../scripts/generate-resource/code";
import type { Field } from "../../../scripts/generate-resource/fields";
import { leaveOutUnformable } from "../../../scripts/generate-resource/left-out";
import { parseDocument } from "../../../scripts/generate-resource/openapi";
import { resourceOf } from "../../../scripts/generate-resource/resource";
import { control, valueExpression } from "../../../scripts/generate-resource/templates/components";
import { validatorOf } from "../../../scripts/generate-resource/templates/handlers";
import * as formats from "../../mocks/framework/formats";
import * as validation from "../../mocks/framework/validation";

const FIXTURE = "tests/fixtures/openapi/products.json";
const products = resourceOf(parseDocument(readFileSync(FIXTURE, "utf8"), FIXTURE), "products");
const field = (name: string): Field => {
  const found = products.create?.input?.fields.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`ProductCreate has no "${name}"`);
  return found;
};
const readField = (name: string): Field => {
  const found = products.item.fields.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`ProductRead has no "${name}"`);
  return found;
};

/** The generated zod rule, built with the app's zod, as the generated schema builds it. */
const ruleOf = (name: string) =>
  new Function("z", "optionalInput", `return ${zodRule(field(name))};`)(z, optionalInput) as z.ZodMiniType;
/** Every message the rule answers for `input`, or the value it converts it to. */
function parse(name: string, input: unknown): { value: unknown } | { messages: string[] } {
  const result = z.safeParse(ruleOf(name), input);
  return result.success
    ? { value: result.data }
    : { messages: result.error.issues.map((issue) => issue.message) };
}

/** The generated handler's validator, built with the mock framework, as the generated handler builds it. */
function backendCheck(name: string, input: unknown) {
  const { rule } = validatorOf(field(name));
  const validator = new Function(...Object.keys(validation), ...Object.keys(formats), `return ${rule};`)(
    ...Object.values(validation),
    ...Object.values(formats),
  ) as validation.Field<unknown>;
  const result = validator.validate(input, ["body", name]);
  return result.ok ? { value: result.value } : { errors: result.errors.map(({ type }) => type) };
}

describe("a boolean", () => {
  it("is a checkbox, posted as true or false, shown as Yes or No", () => {
    expect(control(field("pinned"))).toBe(
      '<CheckboxField label="Pinned" registration={field("pinned")} error={errors.pinned} />',
    );
    expect([parse("pinned", "false"), parse("pinned", "true"), parse("pinned", false)]).toEqual([
      { value: false },
      { value: true },
      { value: false },
    ]);
    expect(valueExpression("product.pinned", readField("pinned"))).toBe('{product.pinned ? "Yes" : "No"}');
    expect(backendCheck("is_public", "maybe")).toEqual({ errors: ["bool_parsing"] });
  });
});

describe("an enum", () => {
  it("is a select in the schema's order, with the default chosen and no empty choice", () => {
    expect(control(field("status"))).toBe(
      '<SelectField label="Status (optional)" registration={field("status")} error={errors.status} options={[{ value: "draft", label: "draft" }, { value: "active", label: "active" }, { value: "archived", label: "archived" }]} />',
    );
    expect(field("status").default).toBe("draft");
    expect(backendCheck("status", "deleted")).toEqual({ errors: ["enum"] });
  });

  it("that is nullable offers an empty choice, which the rule lets through", () => {
    expect(control(field("category"))).toContain('emptyOption="—"');
    expect(parse("category", "")).toEqual({ value: "" });
    expect(parse("category", "food")).toEqual({ messages: ["Choose the category."] });
    expect(backendCheck("category", null)).toEqual({ value: null });
  });
});

describe("a number", () => {
  it("is a decimal input read in any locale, bounded as the schema says", () => {
    expect(control(field("price"))).toContain('inputMode="decimal"');
    expect([parse("price", "42.50"), parse("price", "42,50")]).toEqual([{ value: 42.5 }, { value: 42.5 }]);
    expect(parse("price", "0")).toEqual({ messages: ["The price must be more than 0."] });
    expect(parse("price", "1.005")).toEqual({ messages: ["The price must be a multiple of 0.01."] });
    expect(parse("price", "")).toEqual({ messages: ["Enter the price as a number."] });
    expect(valueExpression("product.price", readField("price"))).toBe("{numberFormat.format(product.price)}");
    expect(backendCheck("price", 0)).toEqual({ errors: ["greater_than"] });
  });
});

describe("a date and a date-time", () => {
  it("are date and datetime-local inputs; the date-time is sent in UTC with its offset", () => {
    expect(control(field("release_date"))).toContain('type="date"');
    expect(control(field("available_from"))).toContain('type="datetime-local"');
    expect(parse("release_date", "2026-03-01")).toEqual({ value: "2026-03-01" });
    expect(parse("available_from", "2026-03-01T09:30")).toEqual({ value: "2026-03-01T09:30:00Z" });
    expect(backendCheck("available_from", "2026-03-01T09:30:00Z")).toEqual({ value: "2026-03-01T09:30:00Z" });
  });

  it("are shown localized, and a missing one as a dash", () => {
    expect(valueExpression("product.releaseDate", readField("release_date"))).toBe(
      "<time dateTime={product.releaseDate}>{dateFormat.format(new Date(product.releaseDate))}</time>",
    );
    expect(valueExpression("product.availableFrom", readField("available_from"))).toMatch(
      /^\{product\.availableFrom === null \? "—" : <><time /,
    );
  });
});

describe("text with a format or a pattern", () => {
  it("gets the input type of its format; a URL is shown as a link only when it is a web address", () => {
    expect(control(field("website"))).toContain('type="url"');
    expect(control(field("contact_email"))).toContain('type="email"');
    expect(valueExpression("product.website", readField("website"))).toContain(
      "isWebUrl(product.website) ? <a",
    );
    expect(backendCheck("website", "https://example.com")).toEqual({ value: "https://example.com/" });
  });

  it("says only that a required field is required when it is empty, whatever else it checks", () => {
    expect(parse("sku", "")).toEqual({ messages: ["The sku needs at least 8 characters."] });
    expect(parse("sku", "abc-1234")).toEqual({ messages: ["Enter a valid sku."] });
    expect(parse("sku", "ABC-1234")).toEqual({ value: "ABC-1234" });
  });
});

describe("what the forms leave out", () => {
  it("names arrays and nested objects and keeps the rest of the resource", () => {
    const { resource, lines } = leaveOutUnformable(products);

    expect(lines).toEqual([
      '"tags" in the forms (it is an array; FastAPI keeps its default)',
      '"dimensions" in the forms (it is a nested object; FastAPI keeps its default)',
    ]);
    expect([resource.create, resource.update]).not.toContain(undefined);
  });

  it("leaves out a write whose required property no control holds", () => {
    const pinned = { ...field("tags"), required: true };
    const create = products.create && {
      ...products.create,
      input: { ...products.create.input!, fields: [pinned] },
    };

    const { resource, lines } = leaveOutUnformable({ ...products, create });

    expect(resource.create).toBeUndefined();
    expect(lines[0]).toBe(
      'POST /api/v1/product (its required "tags": it is an array, which no form control holds)',
    );
  });
});
