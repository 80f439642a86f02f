"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef, type FormEvent } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormRegisterReturn,
  type UseFormReturn,
} from "react-hook-form";

import { formErrorsOf, type FormAction, type FormState } from "@/lib/forms/form-state";

import { useFailureToast } from "./use-failure-toast";

/** What a control spreads: react-hook-form's registration plus the value the server's HTML must already show. */
export type FieldRegistration = UseFormRegisterReturn & { defaultValue?: string; defaultChecked?: boolean };

/**
 * The fields of this form that a failed post sent back (other posted fields, like a hidden `next`, stay out). A
 * checkbox posts "true" or "false"; it comes back as the boolean its default is, or it would show checked.
 */
const echoedFields = (state: FormState<unknown>, defaultValues: FieldValues) =>
  Object.fromEntries(
    Object.entries(state?.values ?? {})
      .filter(([name]) => name in defaultValues)
      .map(([name, value]) => [name, typeof defaultValues[name] === "boolean" ? value === "true" : value]),
  );

interface ActionFormOptions<Values extends FieldValues, Parsed extends FieldValues, Data> {
  /** The server action, bound to its ids where it needs them; it receives the posted FormData. */
  action: FormAction<Data>;
  /** The client rules (usually `zodResolver` of the schema the action checks again). */
  resolver: Resolver<Values, unknown, Parsed>;
  /** Every field of the form: the names of these keys are the fields server errors may land on. */
  defaultValues: Values;
  /** Runs once per answer from the action, e.g. to clear a password or empty a create form after success. */
  onAnswer?: (state: NonNullable<FormState<Data>>, form: UseFormReturn<Values, unknown, Parsed>) => void;
}

/**
 * One form pattern for the whole app. The `<form>` posts to the server action, so it works before hydration and
 * without JavaScript: the page comes back rendered with the answer (errors on their fields, the input kept). Once
 * hydrated, react-hook-form checks the client rules first and the same action runs in a transition, with a
 * pending state and focus on the first field in error.
 */
export function useActionForm<Values extends FieldValues, Parsed extends FieldValues = Values, Data = void>({
  action,
  resolver,
  defaultValues,
  onAnswer,
}: ActionFormOptions<Values, Parsed, Data>) {
  const [state, dispatch, pending] = useActionState<FormState<Data>, FormData>(action, null);
  const fieldNames = Object.keys(defaultValues);
  // Recomputed per answer only: react-hook-form applies (and focuses) these errors whenever the object changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const errors = useMemo(() => formErrorsOf<Values>(state, fieldNames), [state]);
  // A page rendered from a failed no-JavaScript post starts from what the user typed.
  const startingValues = { ...defaultValues, ...echoedFields(state, defaultValues) } as Values;
  const form = useForm<Values, unknown, Parsed>({
    resolver,
    defaultValues: startingValues as DefaultValues<Values>,
    errors,
  });
  // react-hook-form fills its inputs from script once hydrated; the server's HTML needs the value as an attribute.
  const field = (name: Path<Values>): FieldRegistration => {
    const starting: unknown = startingValues[name];
    return typeof starting === "boolean"
      ? { ...form.register(name), defaultChecked: starting }
      : { ...form.register(name), defaultValue: starting as string | undefined };
  };

  const showFailure = useFailureToast();
  const onAnswerRef = useRef(onAnswer);
  useEffect(() => {
    onAnswerRef.current = onAnswer;
  });
  useEffect(() => {
    if (!state) return;
    // Field mistakes belong on their fields; anything else (an outage, an ended session) also gets a toast.
    if (!state.ok && state.reason !== "invalid" && state.message) showFailure?.(state.message);
    onAnswerRef.current?.(state, form);
  }, [state, form, showFailure]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const formElement = event.currentTarget;
    return form.handleSubmit(() => startTransition(() => dispatch(new FormData(formElement))))(event);
  };

  return {
    form,
    /** Use instead of `form.register`: the same registration, with the value a page without JavaScript shows. */
    field,
    /** The last answer: after a success, `state.data` is what the action returned (typed by the action). */
    state,
    pending,
    /** The <form>'s `action`: what a post before hydration (or without JavaScript) runs. */
    formAction: dispatch,
    /** The <form>'s `onSubmit` once hydrated: the client rules first, then the same action in a transition. */
    onSubmit,
  };
}
