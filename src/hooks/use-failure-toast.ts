"use client";

import { createContext, useContext } from "react";

/**
 * How shared form code raises an error toast without importing Sonner itself: the dashboard provides it with
 * its Toaster; the sign-in pages, which show no toasts, provide nothing and load none of Sonner's JavaScript.
 */
export const FailureToastContext = createContext<((message: string) => void) | null>(null);

export const useFailureToast = () => useContext(FailureToastContext);
