/** Loads Stripe's OpenAPI subset from ../shared/vendor-specs; throws when it is missing. */
export declare function loadStripeSpec(): Record<string, unknown>;
