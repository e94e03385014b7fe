// GENERATED from schemas/stripe/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
/* Request and response types of Stripe, from the JSON Schemas in schemas/stripe/. */

/**
 * Body of POST /v1/checkout/sessions (the commonly used fields).
 */
export type StripeCheckoutSessionCreate = ({
line_items?: {
[k: string]: unknown | undefined
}[]
[k: string]: unknown | undefined
} & {
/**
 * One-time payment, saving a payment method, or a subscription.
 */
mode?: ("payment" | "setup" | "subscription")
/**
 * What the customer buys; required in payment and subscription mode.
 * 
 * @minItems 1
 * @maxItems 100
 */
line_items?: StripeLineItemRequest[]
/**
 * Stripe-hosted page, a page embedded in your site (then Return URL instead of Success URL), or your own UI built with Elements or a form.
 */
ui_mode?: ("hosted_page" | "embedded_page" | "elements" | "form")
/**
 * Where the customer goes after paying; not allowed for embedded pages, Elements or forms. Without it the hosted page shows its own confirmation.
 */
success_url?: string
/**
 * Where the customer goes when they go back; hosted UI mode only.
 */
cancel_url?: string
/**
 * Where the customer goes after an embedded, Elements or form checkout that needs a redirect.
 */
return_url?: string
/**
 * ID of an existing customer (cus_...).
 */
customer?: string
/**
 * Prefills the email when no customer ID is given.
 */
customer_email?: string
/**
 * Your own reference, e.g. a cart or order ID.
 */
client_reference_id?: string
metadata?: StripeMetadata
/**
 * Unix time (seconds) when the session expires: 30 minutes to 24 hours after creation.
 */
expires_at?: number
/**
 * Payment method types offered, e.g. card, link; the dashboard settings apply when empty.
 */
allowed_payment_method_types?: string[]
/**
 * Whether the customer can enter promotion codes.
 */
allow_promotion_codes?: boolean
billing_address_collection?: ("auto" | "required")
/**
 * Three-letter ISO currency code in lowercase, e.g. usd.
 */
currency?: string
/**
 * Whether a customer is created; payment and setup mode only.
 */
customer_creation?: ("always" | "if_required")
locale?: ("auto" | "bg" | "cs" | "da" | "de" | "el" | "en" | "en-GB" | "es" | "es-419" | "et" | "fi" | "fil" | "fr" | "fr-CA" | "hr" | "hu" | "id" | "it" | "ja" | "ko" | "lt" | "lv" | "ms" | "mt" | "nb" | "nl" | "pl" | "pt" | "pt-BR" | "ro" | "ru" | "sk" | "sl" | "sv" | "th" | "tr" | "vi" | "zh" | "zh-HK" | "zh-TW")
/**
 * Wording of the pay button; payment mode only.
 */
submit_type?: ("auto" | "book" | "donate" | "pay")
automatic_tax?: EnabledFlag
phone_number_collection?: EnabledFlag
tax_id_collection?: EnabledFlag
/**
 * A coupon or promotion code to apply.
 * 
 * @maxItems 1
 */
discounts?: {
coupon?: string
promotion_code?: string
}[]
/**
 * Options of the payment, in payment mode.
 */
payment_intent_data?: {
capture_method?: ("automatic" | "automatic_async" | "manual")
description?: string
metadata?: StripeMetadata
receipt_email?: string
setup_future_usage?: ("off_session" | "on_session")
statement_descriptor?: string
}
/**
 * Options of the subscription, in subscription mode.
 */
subscription_data?: {
description?: string
metadata?: StripeMetadata
trial_period_days?: number
}
shipping_address_collection?: {
/**
 * Two-letter country codes, e.g. US, DE
 * 
 * @minItems 1
 */
allowed_countries: string[]
}
shipping_options?: StripeShippingOptions
})
/**
 * Shipping rates offered in checkout, by ID or as ad-hoc fixed amounts.
 * 
 * @maxItems 5
 */
export type StripeShippingOptions = ({
[k: string]: unknown | undefined
} & {
/**
 * ID of an existing shipping rate (shr_...).
 */
shipping_rate?: string
/**
 * An ad-hoc shipping rate.
 */
shipping_rate_data?: {
display_name: string
type: "fixed_amount"
fixed_amount: {
/**
 * In the smallest currency unit.
 */
amount: number
/**
 * Lowercase ISO code, e.g. usd.
 */
currency: string
}
}
})[]
/**
 * Body of POST /v1/checkout/sessions/{session}: the few fields an open session lets you change.
 */
export type StripeCheckoutSessionUpdate = ({
line_items?: {
[k: string]: unknown | undefined
}[]
[k: string]: unknown | undefined
} & {
metadata?: StripeMetadata
/**
 * The whole new list: keep an item by its ID, add one with a price or price data, leave one out to remove it.
 * 
 * @minItems 1
 * @maxItems 100
 */
line_items?: StripeLineItemRequest[]
shipping_options?: StripeShippingOptions
/**
 * Customer details collected by your own UI; embedded and custom sessions only.
 */
collected_information?: {
shipping_details?: {
name: string
address: {
line1: string
line2?: string
city?: string
state?: string
postal_code?: string
/**
 * Two-letter ISO country code, e.g. US.
 */
country: string
}
}
}
})
/**
 * Body of POST /v1/customer_sessions.
 */
export type StripeCustomerSessionRequest = ({
[k: string]: unknown | undefined
} & {
/**
 * Which client-side components the session grants access to; at least one must be enabled.
 */
components?: (({
buy_button: {
enabled: true
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | {
pricing_table: {
enabled: true
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | {
payment_element: {
enabled: true
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | {
mobile_payment_element: {
enabled: true
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | {
customer_sheet: {
enabled: true
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}) & {
buy_button?: {
/**
 * Whether the buy button may use this customer.
 */
enabled: boolean
}
pricing_table?: {
/**
 * Whether the pricing table may use this customer.
 */
enabled: boolean
}
payment_element?: {
/**
 * Whether the Payment Element may use this customer.
 */
enabled: boolean
features?: {
payment_method_allow_redisplay_filters?: RedisplayFilters
/**
 * Whether saved payment methods are shown.
 */
payment_method_redisplay?: ("enabled" | "disabled")
/**
 * How many saved payment methods are shown at most.
 */
payment_method_redisplay_limit?: number
/**
 * Whether the customer may remove saved payment methods.
 */
payment_method_remove?: ("enabled" | "disabled")
/**
 * Whether the customer may save a new payment method.
 */
payment_method_save?: ("enabled" | "disabled")
/**
 * How a newly saved payment method will be used.
 */
payment_method_save_usage?: ("off_session" | "on_session")
}
}
mobile_payment_element?: {
/**
 * Whether the mobile Payment Element may use this customer.
 */
enabled: boolean
features?: {
payment_method_allow_redisplay_filters?: RedisplayFilters
/**
 * Whether saved payment methods are shown.
 */
payment_method_redisplay?: ("enabled" | "disabled")
/**
 * Whether the customer may remove saved payment methods.
 */
payment_method_remove?: ("enabled" | "disabled")
/**
 * Whether the customer may save a new payment method.
 */
payment_method_save?: ("enabled" | "disabled")
/**
 * The allow_redisplay value given to a newly saved payment method.
 */
payment_method_save_allow_redisplay_override?: ("always" | "limited" | "unspecified")
}
}
customer_sheet?: {
/**
 * Whether the customer sheet may use this customer.
 */
enabled: boolean
features?: {
payment_method_allow_redisplay_filters?: RedisplayFilters
/**
 * Whether the customer may remove saved payment methods.
 */
payment_method_remove?: ("enabled" | "disabled")
}
}
})
/**
 * ID of an existing customer (cus_...) the session is for.
 */
customer?: string
/**
 * ID of an existing account (acct_...) the session is for, instead of a customer.
 */
customer_account?: string
})
/**
 * Saved payment methods shown, by their allow_redisplay value.
 */
export type RedisplayFilters = ("always" | "limited" | "unspecified")[]

export interface StripeSessionsSchemas {
"checkout-session-create"?: StripeCheckoutSessionCreate
"checkout-session-list-query"?: StripeCheckoutSessionListQuery
"checkout-session-update"?: StripeCheckoutSessionUpdate
"checkout-session"?: StripeCheckoutSession
"customer-session-request"?: StripeCustomerSessionRequest
"customer-session"?: StripeCustomerSession
"line-item-request"?: StripeLineItemRequest
"line-item"?: StripeLineItem
metadata?: StripeMetadata
"shipping-options"?: StripeShippingOptions
}
/**
 * One line item of a checkout session: a price ID, or ad-hoc price data.
 */
export interface StripeLineItemRequest {
/**
 * On update only: ID of an existing line item to keep or change.
 */
id?: string
/**
 * ID of an existing price (price_...).
 */
price?: string
/**
 * An ad-hoc price instead of a price ID.
 */
price_data?: ({
[k: string]: unknown | undefined
} & {
/**
 * Three-letter ISO currency code in lowercase, e.g. usd.
 */
currency: string
/**
 * ID of an existing product; or use Product Data.
 */
product?: string
/**
 * An ad-hoc product instead of a product ID.
 */
product_data?: {
name: string
description?: string
/**
 * Image URLs
 * 
 * @maxItems 8
 */
images?: string[]
metadata?: StripeMetadata
tax_code?: string
}
/**
 * Billing interval, for subscription mode.
 */
recurring?: {
interval: ("day" | "week" | "month" | "year")
/**
 * Number of intervals between charges.
 */
interval_count?: number
}
tax_behavior?: ("exclusive" | "inclusive" | "unspecified")
/**
 * Price in the smallest currency unit, e.g. 1000 for 10.00 USD.
 */
unit_amount?: number
})
/**
 * How many units, at least 1.
 */
quantity?: number
/**
 * Lets the customer change the quantity in Checkout.
 */
adjustable_quantity?: {
/**
 * Whether the customer can change the quantity.
 */
enabled: boolean
minimum?: number
maximum?: number
}
/**
 * IDs of tax rates applied to this item
 */
tax_rates?: string[]
}
/**
 * Key-value pairs stored with the object; an empty value removes that key.
 */
export interface StripeMetadata {
[k: string]: string | undefined
}
export interface EnabledFlag {
/**
 * Whether this feature is on.
 */
enabled: boolean
}
/**
 * Filters of the checkout session list; sent in bracket notation, e.g. created[gte].
 */
export interface StripeCheckoutSessionListQuery {
/**
 * Only sessions with this status.
 */
status?: ("open" | "complete" | "expired")
/**
 * Only sessions of this customer.
 */
customer?: string
customer_details?: {
/**
 * Only sessions whose customer entered this email.
 */
email: string
}
/**
 * Only the session of this payment intent.
 */
payment_intent?: string
/**
 * Only sessions created from this payment link.
 */
payment_link?: string
/**
 * Only the session of this subscription.
 */
subscription?: string
/**
 * Creation time range, in Unix seconds.
 */
created?: {
gt?: number
gte?: number
lt?: number
lte?: number
}
}
/**
 * A checkout session as the API returns it (main fields).
 */
export interface StripeCheckoutSession {
/**
 * Session ID (cs_...).
 */
id: string
object: "checkout.session"
/**
 * Session status.
 */
status?: ("open" | "complete" | "expired" | null)
/**
 * Whether the payment has been made.
 */
payment_status: ("paid" | "unpaid" | "no_payment_required")
mode: ("payment" | "setup" | "subscription")
ui_mode?: (string | null)
/**
 * Hosted checkout URL to send the customer to.
 */
url?: (string | null)
/**
 * For embedded checkout.
 */
client_secret?: (string | null)
/**
 * Unix time (seconds) of creation.
 */
created: number
/**
 * Unix time (seconds) of expiry.
 */
expires_at?: number
amount_subtotal?: (number | null)
amount_total?: (number | null)
currency?: (string | null)
customer?: (string | null)
customer_email?: (string | null)
customer_details?: ({
[k: string]: unknown | undefined
} | null)
client_reference_id?: (string | null)
payment_intent?: (string | null)
subscription?: (string | null)
success_url?: (string | null)
cancel_url?: (string | null)
return_url?: (string | null)
payment_method_types?: string[]
metadata?: ({
[k: string]: string | undefined
} | null)
shipping_options?: {
[k: string]: unknown | undefined
}[]
livemode?: boolean
[k: string]: unknown | undefined
}
/**
 * A customer session as the API returns it; it has no ID and cannot be read again.
 */
export interface StripeCustomerSession {
object: "customer_session"
/**
 * Single-use secret for the front end.
 */
client_secret: string
components?: {
[k: string]: unknown | undefined
}
/**
 * Unix time (seconds) of creation.
 */
created?: number
customer?: (string | null)
customer_account?: (string | null)
/**
 * Unix time (seconds) after which the client secret stops working.
 */
expires_at: number
livemode?: boolean
[k: string]: unknown | undefined
}
/**
 * A line item of a checkout session as the API returns it.
 */
export interface StripeLineItem {
/**
 * Line item ID (li_...).
 */
id: string
object: "item"
description?: (string | null)
quantity?: (number | null)
currency: string
amount_subtotal?: number
amount_discount?: number
amount_tax?: number
amount_total: number
price?: ({
[k: string]: unknown | undefined
} | null)
[k: string]: unknown | undefined
}
