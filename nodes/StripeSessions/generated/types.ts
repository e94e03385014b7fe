// GENERATED from schemas/stripe/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
/* Request and response types of Stripe, from the JSON Schemas in schemas/stripe/. */

export type CheckoutSessionCreateSchema = {
adaptive_pricing?: {
enabled?: boolean
}
after_expiration?: {
recovery?: {
allow_promotion_codes?: boolean
enabled: boolean
}
}
/**
 * Whether the customer can enter promotion codes.
 */
allow_promotion_codes?: boolean
/**
 * Payment method types offered, e.g. card, link; the dashboard settings apply when empty.
 */
allowed_payment_method_types?: ("acss_debit" | "affirm" | "afterpay_clearpay" | "alipay" | "alma" | "amazon_pay" | "au_becs_debit" | "bacs_debit" | "bancontact" | "billie" | "bizum" | "blik" | "boleto" | "card" | "cashapp" | "crypto" | "customer_balance" | "eps" | "fpx" | "giropay" | "grabpay" | "ideal" | "kakao_pay" | "klarna" | "konbini" | "kr_card" | "link" | "mb_way" | "mobilepay" | "multibanco" | "naver_pay" | "nz_bank_account" | "oxxo" | "p24" | "pay_by_bank" | "payco" | "paynow" | "paypal" | "paypay" | "payto" | "pix" | "promptpay" | "revolut_pay" | "samsung_pay" | "satispay" | "scalapay" | "sepa_debit" | "sequra" | "sofort" | "sunbit" | "swish" | "twint" | "upi" | "us_bank_account" | "wechat_pay" | "zip")[]
automatic_tax?: {
address_collection_precision?: ("full" | "minimal")
/**
 * Whether this feature is on.
 */
enabled: boolean
liability?: {
account?: string
type: ("account" | "self")
}
}
billing_address_collection?: ("auto" | "required")
branding_settings?: {
background_color?: (string | "")
border_style?: (("pill" | "rectangular" | "rounded") | "")
button_color?: (string | "")
display_name?: string
font_family?: (("be_vietnam_pro" | "bitter" | "chakra_petch" | "default" | "hahmlet" | "inconsolata" | "inter" | "lato" | "lora" | "m_plus_1_code" | "montserrat" | "noto_sans" | "noto_sans_jp" | "noto_serif" | "nunito" | "open_sans" | "pridi" | "pt_sans" | "pt_serif" | "raleway" | "roboto" | "roboto_slab" | "source_sans_pro" | "titillium_web" | "ubuntu_mono" | "zen_maru_gothic") | "")
icon?: {
file?: string
type: ("file" | "url")
url?: string
}
logo?: {
file?: string
type: ("file" | "url")
url?: string
}
}
/**
 * Where the customer goes when they go back; hosted UI mode only.
 */
cancel_url?: string
/**
 * Your own reference, e.g. a cart or order ID.
 */
client_reference_id?: string
consent_collection?: {
payment_method_reuse_agreement?: {
position: ("auto" | "hidden")
}
promotions?: ("auto" | "none")
terms_of_service?: ("none" | "required")
}
/**
 * Three-letter ISO currency code in lowercase, e.g. usd.
 */
currency?: string
custom_fields?: {
dropdown?: {
default_value?: string
options: {
label: string
value: string
}[]
}
key: string
label: {
custom: string
type: "custom"
}
numeric?: {
default_value?: string
maximum_length?: number
minimum_length?: number
}
optional?: boolean
text?: {
default_value?: string
maximum_length?: number
minimum_length?: number
}
type: ("dropdown" | "numeric" | "text")
}[]
custom_text?: {
after_submit?: ({
message: string
} | "")
shipping_address?: ({
message: string
} | "")
submit?: ({
message: string
} | "")
terms_of_service_acceptance?: ({
message: string
} | "")
}
/**
 * ID of an existing customer (cus_...).
 */
customer?: string
customer_account?: string
/**
 * Whether a customer is created; payment and setup mode only.
 */
customer_creation?: ("always" | "if_required")
/**
 * Prefills the email when no customer ID is given.
 */
customer_email?: string
customer_update?: {
address?: ("auto" | "never")
name?: ("auto" | "never")
shipping?: ("auto" | "never")
}
/**
 * A coupon or promotion code to apply.
 */
discounts?: {
coupon?: string
promotion_code?: string
}[]
excluded_payment_method_types?: ("acss_debit" | "affirm" | "afterpay_clearpay" | "alipay" | "alma" | "amazon_pay" | "au_becs_debit" | "bacs_debit" | "bancontact" | "billie" | "bizum" | "blik" | "boleto" | "card" | "cashapp" | "crypto" | "customer_balance" | "eps" | "fpx" | "giropay" | "grabpay" | "ideal" | "kakao_pay" | "klarna" | "konbini" | "kr_card" | "mb_way" | "mobilepay" | "multibanco" | "naver_pay" | "nz_bank_account" | "oxxo" | "p24" | "pay_by_bank" | "payco" | "paynow" | "paypal" | "paypay" | "payto" | "pix" | "promptpay" | "revolut_pay" | "samsung_pay" | "satispay" | "scalapay" | "sepa_debit" | "sequra" | "sofort" | "sunbit" | "swish" | "twint" | "upi" | "us_bank_account" | "wechat_pay" | "zip")[]
expand?: string[]
/**
 * Unix time (seconds) when the session expires: 30 minutes to 24 hours after creation.
 */
expires_at?: number
integration_identifier?: string
invoice_creation?: {
enabled: boolean
invoice_data?: {
account_tax_ids?: (string[] | "")
custom_fields?: ({
name: string
value: string
}[] | "")
description?: string
footer?: string
issuer?: {
account?: string
type: ("account" | "self")
}
metadata?: {
[k: string]: string | undefined
}
rendering_options?: ({
amount_tax_display?: (("exclude_tax" | "include_inclusive_tax") | "")
template?: string
} | "")
}
}
/**
 * What the customer buys; required in payment and subscription mode.
 */
line_items?: ({
[k: string]: unknown | undefined
} & {
/**
 * Lets the customer change the quantity in Checkout.
 */
adjustable_quantity?: {
/**
 * Whether the customer can change the quantity.
 */
enabled: boolean
maximum?: number
minimum?: number
}
metadata?: {
[k: string]: string | undefined
}
/**
 * ID of an existing price (price_...).
 */
price?: string
/**
 * An ad-hoc price instead of a price ID.
 */
price_data?: {
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
description?: string
/**
 * Image URLs
 */
images?: string[]
/**
 * Key-value pairs stored with the object; an empty value removes that key.
 */
metadata?: {
[k: string]: string | undefined
}
name: string
tax_code?: string
tax_details?: {
performance_location?: string
tax_code?: (string | "")
}
unit_label?: string
}
/**
 * Billing interval, for subscription mode.
 */
recurring?: {
interval: ("day" | "month" | "week" | "year")
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
unit_amount_decimal?: string
}
/**
 * How many units, at least 1.
 */
quantity?: number
/**
 * IDs of tax rates applied to this item
 */
tax_rates?: string[]
})[]
locale?: ("auto" | "bg" | "cs" | "da" | "de" | "el" | "en" | "en-GB" | "es" | "es-419" | "et" | "fi" | "fil" | "fr" | "fr-CA" | "hi-IN" | "hr" | "hu" | "id" | "it" | "ja" | "ko" | "lt" | "lv" | "ms" | "mt" | "nb" | "nl" | "pl" | "pt" | "pt-BR" | "ro" | "ru" | "sk" | "sl" | "sv" | "th" | "tr" | "vi" | "zh" | "zh-HK" | "zh-TW")
managed_payments?: {
enabled?: boolean
}
/**
 * Key-value pairs stored with the object; an empty value removes that key.
 */
metadata?: {
[k: string]: string | undefined
}
/**
 * One-time payment, saving a payment method, or a subscription.
 */
mode: ("payment" | "setup" | "subscription")
name_collection?: {
business?: {
enabled: boolean
optional?: boolean
}
individual?: {
enabled: boolean
optional?: boolean
}
}
optional_items?: {
adjustable_quantity?: {
enabled: boolean
maximum?: number
minimum?: number
}
price: string
quantity: number
}[]
origin_context?: ("mobile_app" | "web")
/**
 * Options of the payment, in payment mode.
 */
payment_intent_data?: {
application_fee_amount?: number
capture_method?: ("automatic" | "automatic_async" | "manual")
description?: string
metadata?: {
[k: string]: string | undefined
}
on_behalf_of?: string
receipt_email?: string
setup_future_usage?: ("off_session" | "on_session")
shipping?: {
address: {
city?: string
country?: string
line1: string
line2?: string
postal_code?: string
state?: string
}
carrier?: string
name: string
phone?: string
tracking_number?: string
}
statement_descriptor?: string
statement_descriptor_suffix?: string
transfer_data?: {
amount?: number
destination: string
}
transfer_group?: string
}
payment_method_collection?: ("always" | "if_required")
payment_method_configuration?: string
payment_method_data?: {
allow_redisplay?: ("always" | "limited" | "unspecified")
}
payment_method_options?: {
acss_debit?: {
currency?: ("cad" | "usd")
mandate_options?: {
custom_mandate_url?: (string | "")
default_for?: ("invoice" | "subscription")[]
interval_description?: string
payment_schedule?: ("combined" | "interval" | "sporadic")
transaction_type?: ("business" | "personal")
}
setup_future_usage?: ("none" | "off_session" | "on_session")
target_date?: string
verification_method?: ("automatic" | "instant" | "microdeposits")
}
affirm?: {
capture_method?: "manual"
setup_future_usage?: "none"
}
afterpay_clearpay?: {
capture_method?: "manual"
setup_future_usage?: "none"
}
alipay?: {
setup_future_usage?: "none"
}
alma?: {
capture_method?: "manual"
}
amazon_pay?: {
capture_method?: "manual"
setup_future_usage?: ("none" | "off_session")
}
au_becs_debit?: {
setup_future_usage?: "none"
target_date?: string
}
bacs_debit?: {
mandate_options?: {
reference_prefix?: (string | "")
}
setup_future_usage?: ("none" | "off_session" | "on_session")
target_date?: string
}
bancontact?: {
setup_future_usage?: ("none" | "off_session")
}
billie?: {
capture_method?: "manual"
}
blik?: {
mandate_options?: {
expires_at?: number
}
setup_future_usage?: (("none" | "off_session") | "")
}
boleto?: {
expires_after_days?: number
setup_future_usage?: ("none" | "off_session" | "on_session")
}
card?: {
capture_method?: "manual"
installments?: {
enabled?: boolean
}
request_extended_authorization?: ("if_available" | "never")
request_incremental_authorization?: ("if_available" | "never")
request_multicapture?: ("if_available" | "never")
request_overcapture?: ("if_available" | "never")
request_three_d_secure?: ("any" | "automatic" | "challenge")
restrictions?: {
brands_blocked?: ("american_express" | "discover_global_network" | "mastercard" | "visa")[]
funding_types_blocked?: ("credit" | "debit" | "prepaid")[]
}
setup_future_usage?: ("off_session" | "on_session")
statement_descriptor_suffix_kana?: string
statement_descriptor_suffix_kanji?: string
}
cashapp?: {
capture_method?: "manual"
setup_future_usage?: ("none" | "off_session" | "on_session")
}
crypto?: {
setup_future_usage?: "none"
}
customer_balance?: {
bank_transfer?: {
eu_bank_transfer?: {
country: string
}
requested_address_types?: ("aba" | "iban" | "sepa" | "sort_code" | "spei" | "swift" | "zengin")[]
type: ("eu_bank_transfer" | "gb_bank_transfer" | "jp_bank_transfer" | "mx_bank_transfer" | "us_bank_transfer")
}
funding_type?: "bank_transfer"
setup_future_usage?: "none"
}
demo_pay?: {
setup_future_usage?: ("none" | "off_session")
}
eps?: {
setup_future_usage?: "none"
}
fpx?: {
setup_future_usage?: "none"
}
giropay?: {
setup_future_usage?: "none"
}
grabpay?: {
setup_future_usage?: "none"
}
ideal?: {
setup_future_usage?: "none"
}
kakao_pay?: {
capture_method?: "manual"
setup_future_usage?: ("none" | "off_session")
}
klarna?: {
capture_method?: "manual"
setup_future_usage?: "none"
subscriptions?: ({
interval: ("day" | "month" | "week" | "year")
interval_count?: number
name?: string
next_billing: {
amount: number
date: string
}
reference: string
}[] | "")
}
konbini?: {
expires_after_days?: number
setup_future_usage?: "none"
}
kr_card?: {
capture_method?: "manual"
setup_future_usage?: ("none" | "off_session")
}
link?: {
capture_method?: "manual"
setup_future_usage?: ("none" | "off_session")
}
mobilepay?: {
capture_method?: "manual"
setup_future_usage?: "none"
}
multibanco?: {
setup_future_usage?: "none"
}
naver_pay?: {
capture_method?: "manual"
setup_future_usage?: ("none" | "off_session")
}
oxxo?: {
expires_after_days?: number
setup_future_usage?: "none"
}
p24?: {
setup_future_usage?: "none"
tos_shown_and_accepted?: boolean
}
pay_by_bank?: {
[k: string]: unknown | undefined
}
payco?: {
capture_method?: "manual"
setup_future_usage?: "none"
}
paynow?: {
setup_future_usage?: "none"
}
paypal?: {
capture_method?: ("manual" | "")
preferred_locale?: ("cs-CZ" | "da-DK" | "de-AT" | "de-DE" | "de-LU" | "el-GR" | "en-GB" | "en-US" | "es-ES" | "fi-FI" | "fr-BE" | "fr-FR" | "fr-LU" | "hu-HU" | "it-IT" | "nl-BE" | "nl-NL" | "pl-PL" | "pt-PT" | "sk-SK" | "sv-SE")
reference?: string
risk_correlation_id?: string
setup_future_usage?: (("none" | "off_session") | "")
}
payto?: {
mandate_options?: {
amount?: (number | "")
amount_type?: (("fixed" | "maximum") | "")
end_date?: (string | "")
payment_schedule?: (("adhoc" | "annual" | "daily" | "fortnightly" | "monthly" | "quarterly" | "semi_annual" | "weekly") | "")
payments_per_period?: (number | "")
purpose?: (("dependant_support" | "government" | "loan" | "mortgage" | "other" | "pension" | "personal" | "retail" | "salary" | "tax" | "utility") | "")
start_date?: (string | "")
}
setup_future_usage?: ("none" | "off_session")
}
pix?: {
amount_includes_iof?: ("always" | "never")
expires_after_seconds?: number
mandate_options?: {
amount?: number
amount_includes_iof?: ("always" | "never")
amount_type?: ("fixed" | "maximum")
currency?: string
end_date?: string
payment_schedule?: ("halfyearly" | "monthly" | "quarterly" | "weekly" | "yearly")
reference?: string
start_date?: string
}
setup_future_usage?: ("none" | "off_session")
}
revolut_pay?: {
capture_method?: "manual"
setup_future_usage?: ("none" | "off_session")
}
samsung_pay?: {
capture_method?: "manual"
setup_future_usage?: "none"
}
satispay?: {
capture_method?: "manual"
}
scalapay?: {
capture_method?: "manual"
}
sepa_debit?: {
mandate_options?: {
reference_prefix?: (string | "")
}
setup_future_usage?: ("none" | "off_session" | "on_session")
target_date?: string
}
sequra?: {
capture_method?: "manual"
}
sofort?: {
setup_future_usage?: "none"
}
sunbit?: {
capture_method?: "manual"
setup_future_usage?: "none"
}
swish?: {
reference?: string
}
twint?: {
setup_future_usage?: ("none" | "off_session")
}
upi?: {
mandate_options?: {
amount?: number
amount_type?: ("fixed" | "maximum")
description?: string
end_date?: number
}
setup_future_usage?: (("none" | "off_session" | "on_session") | "")
}
us_bank_account?: {
financial_connections?: {
permissions?: ("balances" | "ownership" | "payment_method" | "transactions")[]
prefetch?: ("balances" | "ownership" | "transactions")[]
}
setup_future_usage?: ("none" | "off_session" | "on_session")
target_date?: string
verification_method?: ("automatic" | "instant")
}
wechat_pay?: {
app_id?: string
client: ("android" | "ios" | "web")
setup_future_usage?: "none"
}
}
permissions?: {
update_shipping_details?: ("client_only" | "server_only")
}
phone_number_collection?: {
/**
 * Whether this feature is on.
 */
enabled: boolean
}
redirect_on_completion?: ("always" | "if_required" | "never")
/**
 * Where the customer goes after an embedded, Elements or form checkout that needs a redirect.
 */
return_url?: string
saved_payment_method_options?: {
allow_redisplay_filters?: ("always" | "limited" | "unspecified")[]
payment_method_remove?: ("disabled" | "enabled")
payment_method_save?: ("disabled" | "enabled")
}
setup_intent_data?: {
description?: string
metadata?: {
[k: string]: string | undefined
}
on_behalf_of?: string
}
shipping_address_collection?: {
/**
 * Two-letter country codes, e.g. US, DE
 */
allowed_countries: ("AC" | "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MK" | "ML" | "MM" | "MN" | "MO" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SZ" | "TA" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "ZZ")[]
}
/**
 * Shipping rates offered in checkout, by ID or as ad-hoc fixed amounts.
 */
shipping_options?: {
/**
 * ID of an existing shipping rate (shr_...).
 */
shipping_rate?: string
/**
 * An ad-hoc shipping rate.
 */
shipping_rate_data?: {
delivery_estimate?: {
maximum?: {
unit: ("business_day" | "day" | "hour" | "month" | "week")
value: number
}
minimum?: {
unit: ("business_day" | "day" | "hour" | "month" | "week")
value: number
}
}
display_name: string
fixed_amount?: {
/**
 * In the smallest currency unit.
 */
amount: number
/**
 * Lowercase ISO code, e.g. usd.
 */
currency: string
currency_options?: {
[k: string]: unknown | undefined
}
}
metadata?: {
[k: string]: string | undefined
}
tax_behavior?: ("exclusive" | "inclusive" | "unspecified")
tax_code?: string
type?: "fixed_amount"
}
}[]
/**
 * Wording of the pay button; payment mode only.
 */
submit_type?: ("auto" | "book" | "donate" | "pay" | "subscribe")
/**
 * Options of the subscription, in subscription mode.
 */
subscription_data?: {
application_fee_percent?: number
billing_cycle_anchor?: number
billing_cycle_anchor_config?: {
day_of_month: number
hour?: number
minute?: number
month?: number
second?: number
}
billing_mode?: {
flexible?: {
proration_discounts?: ("included" | "itemized")
}
type: ("classic" | "flexible")
}
default_tax_rates?: string[]
description?: string
invoice_settings?: {
account_tax_ids?: (string[] | "")
custom_fields?: ({
name: string
value: string
}[] | "")
description?: string
footer?: string
issuer?: {
account?: string
type: ("account" | "self")
}
}
metadata?: {
[k: string]: string | undefined
}
on_behalf_of?: string
pending_invoice_item_interval?: {
interval: ("day" | "month" | "week" | "year")
interval_count?: number
}
proration_behavior?: ("create_prorations" | "none")
transfer_data?: {
amount_percent?: number
destination: string
}
trial_end?: number
trial_period_days?: number
trial_settings?: {
end_behavior: {
missing_payment_method: ("cancel" | "create_invoice" | "pause")
}
}
}
/**
 * Where the customer goes after paying; not allowed for embedded pages, Elements or forms. Without it the hosted page shows its own confirmation.
 */
success_url?: string
tax_id_collection?: {
/**
 * Whether this feature is on.
 */
enabled: boolean
required?: ("if_supported" | "never")
}
/**
 * Stripe-hosted page, a page embedded in your site (then Return URL instead of Success URL), or your own UI built with Elements or a form.
 */
ui_mode?: ("elements" | "embedded_page" | "form" | "hosted_page")
wallet_options?: {
link?: {
display?: ("auto" | "never")
}
}
}
export type CustomerSessionRequestSchema = ({
[k: string]: unknown | undefined
} & {
/**
 * Which client-side components the session grants access to; at least one must be enabled.
 */
components: (({
buy_button: {
/**
 * Whether the buy button may use this customer.
 */
enabled: true
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | {
pricing_table: {
/**
 * Whether the pricing table may use this customer.
 */
enabled: true
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | {
payment_element: {
/**
 * Whether the Payment Element may use this customer.
 */
enabled: true
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | {
mobile_payment_element: {
/**
 * Whether the mobile Payment Element may use this customer.
 */
enabled: true
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | {
customer_sheet: {
/**
 * Whether the customer sheet may use this customer.
 */
enabled: true
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}) & {
active_entitlements?: {
enabled: boolean
}
buy_button?: {
/**
 * Whether the buy button may use this customer.
 */
enabled: boolean
}
customer_portal?: {
enabled: boolean
}
customer_sheet?: {
/**
 * Whether the customer sheet may use this customer.
 */
enabled: boolean
features?: {
/**
 * Saved payment methods shown, by their allow_redisplay value.
 */
payment_method_allow_redisplay_filters?: ("always" | "limited" | "unspecified")[]
/**
 * Whether the customer may remove saved payment methods.
 */
payment_method_remove?: ("disabled" | "enabled")
}
}
mobile_payment_element?: {
/**
 * Whether the mobile Payment Element may use this customer.
 */
enabled: boolean
features?: {
/**
 * Saved payment methods shown, by their allow_redisplay value.
 */
payment_method_allow_redisplay_filters?: ("always" | "limited" | "unspecified")[]
/**
 * Whether saved payment methods are shown.
 */
payment_method_redisplay?: ("disabled" | "enabled")
/**
 * Whether the customer may remove saved payment methods.
 */
payment_method_remove?: ("disabled" | "enabled")
/**
 * Whether the customer may save a new payment method.
 */
payment_method_save?: ("disabled" | "enabled")
/**
 * The allow_redisplay value given to a newly saved payment method.
 */
payment_method_save_allow_redisplay_override?: ("always" | "limited" | "unspecified")
}
}
payment_element?: {
/**
 * Whether the Payment Element may use this customer.
 */
enabled: boolean
features?: {
/**
 * Saved payment methods shown, by their allow_redisplay value.
 */
payment_method_allow_redisplay_filters?: ("always" | "limited" | "unspecified")[]
/**
 * Whether saved payment methods are shown.
 */
payment_method_redisplay?: ("disabled" | "enabled")
/**
 * How many saved payment methods are shown at most.
 */
payment_method_redisplay_limit?: number
/**
 * Whether the customer may remove saved payment methods.
 */
payment_method_remove?: ("disabled" | "enabled")
/**
 * Whether the customer may save a new payment method.
 */
payment_method_save?: ("disabled" | "enabled")
/**
 * How a newly saved payment method will be used.
 */
payment_method_save_usage?: ("off_session" | "on_session")
}
}
pricing_table?: {
/**
 * Whether the pricing table may use this customer.
 */
enabled: boolean
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
expand?: string[]
})

export interface StripeSessionsSchemas {
"checkout-session-create"?: CheckoutSessionCreateSchema
"checkout-session-list-query"?: CheckoutSessionListQuerySchema
"checkout-session-update"?: CheckoutSessionUpdateSchema
"checkout-session"?: CheckoutSessionSchema
"customer-session-request"?: CustomerSessionRequestSchema
"customer-session"?: CustomerSessionSchema
"line-item"?: LineItemSchema
}
export interface CheckoutSessionListQuerySchema {
/**
 * Creation time range, in Unix seconds.
 */
created?: ({
gt?: number
gte?: number
lt?: number
lte?: number
} | number)
/**
 * Only sessions of this customer.
 */
customer?: string
customer_account?: string
customer_details?: {
/**
 * Only sessions whose customer entered this email.
 */
email: string
}
expand?: string[]
/**
 * Only the session of this payment intent.
 */
payment_intent?: string
/**
 * Only sessions created from this payment link.
 */
payment_link?: string
/**
 * Only sessions with this status.
 */
status?: ("complete" | "expired" | "open")
/**
 * Only the session of this subscription.
 */
subscription?: string
}
export interface CheckoutSessionUpdateSchema {
/**
 * Customer details collected by your own UI; embedded and custom sessions only.
 */
collected_information?: {
shipping_details?: {
address: {
city?: string
/**
 * Two-letter ISO country code, e.g. US.
 */
country: string
line1: string
line2?: string
postal_code?: string
state?: string
}
name: string
}
}
expand?: string[]
/**
 * The whole new list: keep an item by its ID, add one with a price or price data, leave one out to remove it.
 */
line_items?: {
/**
 * Lets the customer change the quantity in Checkout.
 */
adjustable_quantity?: {
/**
 * Whether the customer can change the quantity.
 */
enabled: boolean
maximum?: number
minimum?: number
}
/**
 * On update only: ID of an existing line item to keep or change.
 */
id?: string
metadata?: ({
[k: string]: string | undefined
} | "")
/**
 * ID of an existing price (price_...).
 */
price?: string
/**
 * An ad-hoc price instead of a price ID.
 */
price_data?: {
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
description?: string
/**
 * Image URLs
 */
images?: string[]
/**
 * Key-value pairs stored with the object; an empty value removes that key.
 */
metadata?: {
[k: string]: string | undefined
}
name: string
tax_code?: string
tax_details?: {
performance_location?: string
tax_code?: (string | "")
}
unit_label?: string
}
/**
 * Billing interval, for subscription mode.
 */
recurring?: {
interval: ("day" | "month" | "week" | "year")
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
unit_amount_decimal?: string
}
/**
 * How many units, at least 1.
 */
quantity?: number
/**
 * IDs of tax rates applied to this item
 */
tax_rates?: (string[] | "")
}[]
/**
 * Key-value pairs stored with the object; an empty value removes that key.
 */
metadata?: ({
[k: string]: string | undefined
} | "")
payment_intent_data?: {
description?: (string | "")
metadata?: ({
[k: string]: string | undefined
} | "")
setup_future_usage?: (("off_session" | "on_session") | "")
statement_descriptor?: (string | "")
statement_descriptor_suffix?: (string | "")
}
/**
 * Shipping rates offered in checkout, by ID or as ad-hoc fixed amounts.
 */
shipping_options?: ({
/**
 * ID of an existing shipping rate (shr_...).
 */
shipping_rate?: string
/**
 * An ad-hoc shipping rate.
 */
shipping_rate_data?: {
delivery_estimate?: {
maximum?: {
unit: ("business_day" | "day" | "hour" | "month" | "week")
value: number
}
minimum?: {
unit: ("business_day" | "day" | "hour" | "month" | "week")
value: number
}
}
display_name: string
fixed_amount?: {
/**
 * In the smallest currency unit.
 */
amount: number
/**
 * Lowercase ISO code, e.g. usd.
 */
currency: string
currency_options?: {
[k: string]: unknown | undefined
}
}
metadata?: {
[k: string]: string | undefined
}
tax_behavior?: ("exclusive" | "inclusive" | "unspecified")
tax_code?: string
type?: "fixed_amount"
}
}[] | "")
}
export interface CheckoutSessionSchema {
adaptive_pricing?: ({
enabled: boolean
[k: string]: unknown | undefined
} | null)
after_expiration?: ({
recovery?: ({
allow_promotion_codes: boolean
enabled: boolean
expires_at?: (number | null)
url?: (string | null)
[k: string]: unknown | undefined
} | null)
[k: string]: unknown | undefined
} | null)
allow_promotion_codes?: (boolean | null)
allowed_payment_method_types?: (string[] | null)
amount_subtotal?: (number | null)
amount_total?: (number | null)
automatic_tax: {
address_collection_precision?: ("full" | "minimal" | null)
enabled: boolean
liability?: ({
account?: (string | {
[k: string]: unknown | undefined
})
type: string
[k: string]: unknown | undefined
} | null)
provider?: (string | null)
status?: ("complete" | "failed" | "requires_location_inputs" | null)
[k: string]: unknown | undefined
}
billing_address_collection?: ("auto" | "required" | null)
branding_settings?: {
background_color: string
border_style: ("pill" | "rectangular" | "rounded")
button_color: string
display_name: string
font_family: string
icon?: ({
file?: string
type: string
url?: string
[k: string]: unknown | undefined
} | null)
logo?: ({
file?: string
type: string
url?: string
[k: string]: unknown | undefined
} | null)
[k: string]: unknown | undefined
}
cancel_url?: (string | null)
client_reference_id?: (string | null)
client_secret?: (string | null)
collected_information?: ({
business_name?: (string | null)
individual_name?: (string | null)
shipping_details?: ({
address: {
[k: string]: unknown | undefined
}
name: string
[k: string]: unknown | undefined
} | null)
[k: string]: unknown | undefined
} | null)
consent?: ({
promotions?: ("opt_in" | "opt_out" | null)
terms_of_service?: ("accepted" | null)
[k: string]: unknown | undefined
} | null)
consent_collection?: ({
payment_method_reuse_agreement?: ({
position: string
[k: string]: unknown | undefined
} | null)
promotions?: ("auto" | "none" | null)
terms_of_service?: ("none" | "required" | null)
[k: string]: unknown | undefined
} | null)
created: number
currency?: (string | null)
currency_conversion?: ({
amount_subtotal: number
amount_total: number
fx_rate: string
source_currency: string
[k: string]: unknown | undefined
} | null)
custom_fields: {
dropdown?: {
[k: string]: unknown | undefined
}
key: string
label: {
[k: string]: unknown | undefined
}
numeric?: {
[k: string]: unknown | undefined
}
optional: boolean
text?: {
[k: string]: unknown | undefined
}
type: string
[k: string]: unknown | undefined
}[]
custom_text: {
after_submit?: ({
message: string
[k: string]: unknown | undefined
} | null)
shipping_address?: ({
message: string
[k: string]: unknown | undefined
} | null)
submit?: ({
message: string
[k: string]: unknown | undefined
} | null)
terms_of_service_acceptance?: ({
message: string
[k: string]: unknown | undefined
} | null)
[k: string]: unknown | undefined
}
customer?: ((string | null) | ({
id?: string
object: "customer"
[k: string]: unknown | undefined
} | null))
customer_account?: (string | null)
customer_creation?: ("always" | "if_required" | null)
customer_details?: ({
address?: ({
city?: (string | null)
country?: (string | null)
line1?: (string | null)
line2?: (string | null)
postal_code?: (string | null)
state?: (string | null)
[k: string]: unknown | undefined
} | null)
business_name?: (string | null)
email?: (string | null)
individual_name?: (string | null)
name?: (string | null)
phone?: (string | null)
tax_exempt?: ("exempt" | "none" | "reverse" | null)
tax_ids?: ({
[k: string]: unknown | undefined
}[] | null)
[k: string]: unknown | undefined
} | null)
customer_email?: (string | null)
discounts?: ({
coupon?: (string | null | {
[k: string]: unknown | undefined
})
promotion_code?: (string | null | {
[k: string]: unknown | undefined
})
[k: string]: unknown | undefined
}[] | null)
excluded_payment_method_types?: string[]
expires_at: number
id: string
integration_identifier?: (string | null)
invoice?: ((string | null) | ({
id?: string
object: "invoice"
[k: string]: unknown | undefined
} | null))
invoice_creation?: ({
enabled: boolean
invoice_data: {
account_tax_ids?: (unknown[] | null)
custom_fields?: (unknown[] | null)
description?: (string | null)
footer?: (string | null)
issuer?: ({
[k: string]: unknown | undefined
} | null)
metadata?: ({
[k: string]: unknown | undefined
} | null)
rendering_options?: ({
[k: string]: unknown | undefined
} | null)
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | null)
line_items?: {
data: {
[k: string]: unknown | undefined
}[]
has_more: boolean
object: "list"
url: string
[k: string]: unknown | undefined
}
livemode: boolean
locale?: ("auto" | "bg" | "cs" | "da" | "de" | "el" | "en" | "en-GB" | "es" | "es-419" | "et" | "fi" | "fil" | "fr" | "fr-CA" | "hi-IN" | "hr" | "hu" | "id" | "it" | "ja" | "ko" | "lt" | "lv" | "ms" | "mt" | "nb" | "nl" | "pl" | "pt" | "pt-BR" | "ro" | "ru" | "sk" | "sl" | "sv" | "th" | "tr" | "vi" | "zh" | "zh-HK" | "zh-TW" | null)
managed_payments?: ({
enabled: boolean
[k: string]: unknown | undefined
} | null)
metadata?: ({
[k: string]: string | undefined
} | null)
mode: ("payment" | "setup" | "subscription")
name_collection?: {
business?: {
enabled: boolean
optional: boolean
[k: string]: unknown | undefined
}
individual?: {
enabled: boolean
optional: boolean
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
object: "checkout.session"
optional_items?: ({
adjustable_quantity?: ({
[k: string]: unknown | undefined
} | null)
price: string
quantity: number
[k: string]: unknown | undefined
}[] | null)
origin_context?: ("mobile_app" | "web" | null)
payment_intent?: ((string | null) | ({
id?: string
object: "payment_intent"
[k: string]: unknown | undefined
} | null))
payment_link?: ((string | null) | ({
id?: string
object: "payment_link"
[k: string]: unknown | undefined
} | null))
payment_method_collection?: ("always" | "if_required" | null)
payment_method_configuration_details?: ({
id: string
parent?: (string | null)
[k: string]: unknown | undefined
} | null)
payment_method_options?: ({
acss_debit?: {
currency?: string
mandate_options?: {
[k: string]: unknown | undefined
}
setup_future_usage?: string
target_date?: string
verification_method?: string
[k: string]: unknown | undefined
}
affirm?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
afterpay_clearpay?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
alipay?: {
setup_future_usage?: string
[k: string]: unknown | undefined
}
alma?: {
capture_method?: string
[k: string]: unknown | undefined
}
amazon_pay?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
au_becs_debit?: {
setup_future_usage?: string
target_date?: string
[k: string]: unknown | undefined
}
bacs_debit?: {
mandate_options?: {
[k: string]: unknown | undefined
}
setup_future_usage?: string
target_date?: string
[k: string]: unknown | undefined
}
bancontact?: {
setup_future_usage?: string
[k: string]: unknown | undefined
}
billie?: {
capture_method?: string
[k: string]: unknown | undefined
}
boleto?: {
expires_after_days: number
setup_future_usage?: string
[k: string]: unknown | undefined
}
card?: {
capture_method?: string
installments?: {
[k: string]: unknown | undefined
}
request_extended_authorization?: string
request_incremental_authorization?: string
request_multicapture?: string
request_overcapture?: string
request_three_d_secure: string
restrictions?: {
[k: string]: unknown | undefined
}
setup_future_usage?: string
statement_descriptor_suffix_kana?: string
statement_descriptor_suffix_kanji?: string
[k: string]: unknown | undefined
}
cashapp?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
customer_balance?: {
bank_transfer?: {
[k: string]: unknown | undefined
}
funding_type?: (string | null)
setup_future_usage?: string
[k: string]: unknown | undefined
}
eps?: {
setup_future_usage?: string
[k: string]: unknown | undefined
}
fpx?: {
setup_future_usage?: string
[k: string]: unknown | undefined
}
giropay?: {
setup_future_usage?: string
[k: string]: unknown | undefined
}
grabpay?: {
setup_future_usage?: string
[k: string]: unknown | undefined
}
ideal?: {
setup_future_usage?: string
[k: string]: unknown | undefined
}
kakao_pay?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
klarna?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
konbini?: {
expires_after_days?: (number | null)
setup_future_usage?: string
[k: string]: unknown | undefined
}
kr_card?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
link?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
mobilepay?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
multibanco?: {
setup_future_usage?: string
[k: string]: unknown | undefined
}
naver_pay?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
oxxo?: {
expires_after_days: number
setup_future_usage?: string
[k: string]: unknown | undefined
}
p24?: {
setup_future_usage?: string
[k: string]: unknown | undefined
}
payco?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
paynow?: {
setup_future_usage?: string
[k: string]: unknown | undefined
}
paypal?: {
capture_method?: string
preferred_locale?: (string | null)
reference?: (string | null)
setup_future_usage?: string
[k: string]: unknown | undefined
}
payto?: {
mandate_options?: {
[k: string]: unknown | undefined
}
setup_future_usage?: string
[k: string]: unknown | undefined
}
pix?: {
amount_includes_iof?: string
expires_after_seconds?: (number | null)
mandate_options?: {
[k: string]: unknown | undefined
}
setup_future_usage?: string
[k: string]: unknown | undefined
}
revolut_pay?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
samsung_pay?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
satispay?: {
capture_method?: string
[k: string]: unknown | undefined
}
scalapay?: {
capture_method?: string
[k: string]: unknown | undefined
}
sepa_debit?: {
mandate_options?: {
[k: string]: unknown | undefined
}
setup_future_usage?: string
target_date?: string
[k: string]: unknown | undefined
}
sequra?: {
capture_method?: string
[k: string]: unknown | undefined
}
sofort?: {
setup_future_usage?: string
[k: string]: unknown | undefined
}
sunbit?: {
capture_method?: string
setup_future_usage?: string
[k: string]: unknown | undefined
}
swish?: {
reference?: (string | null)
[k: string]: unknown | undefined
}
twint?: {
setup_future_usage?: string
[k: string]: unknown | undefined
}
upi?: {
mandate_options?: {
[k: string]: unknown | undefined
}
setup_future_usage?: string
[k: string]: unknown | undefined
}
us_bank_account?: {
financial_connections?: {
[k: string]: unknown | undefined
}
setup_future_usage?: string
target_date?: string
verification_method?: string
[k: string]: unknown | undefined
}
wechat_pay?: {
app_id?: (string | null)
client?: (string | null)
setup_future_usage?: string
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | null)
payment_method_types: string[]
payment_status: ("no_payment_required" | "paid" | "unpaid")
permissions?: ({
update_shipping_details?: ("client_only" | "server_only" | null)
[k: string]: unknown | undefined
} | null)
phone_number_collection?: {
enabled: boolean
[k: string]: unknown | undefined
}
presentment_details?: {
presentment_amount: number
presentment_currency: string
[k: string]: unknown | undefined
}
recovered_from?: (string | null)
redirect_on_completion?: ("always" | "if_required" | "never")
return_url?: string
saved_payment_method_options?: ({
allow_redisplay_filters?: (string[] | null)
payment_method_remove?: ("disabled" | "enabled" | null)
payment_method_save?: ("disabled" | "enabled" | null)
[k: string]: unknown | undefined
} | null)
setup_intent?: ((string | null) | ({
id?: string
object: "setup_intent"
[k: string]: unknown | undefined
} | null))
shipping_address_collection?: ({
allowed_countries: string[]
[k: string]: unknown | undefined
} | null)
shipping_cost?: ({
amount_subtotal: number
amount_tax: number
amount_total: number
shipping_rate?: ((string | null) | ({
id?: string
object: string
[k: string]: unknown | undefined
} | null))
taxes?: {
[k: string]: unknown | undefined
}[]
[k: string]: unknown | undefined
} | null)
shipping_options: {
shipping_amount: number
shipping_rate: (string | {
[k: string]: unknown | undefined
})
[k: string]: unknown | undefined
}[]
status?: ("complete" | "expired" | "open" | null)
submit_type?: ("auto" | "book" | "donate" | "pay" | "subscribe" | null)
subscription?: ((string | null) | ({
id?: string
object: "subscription"
[k: string]: unknown | undefined
} | null))
success_url?: (string | null)
tax_id_collection?: {
enabled: boolean
required: ("if_supported" | "never")
[k: string]: unknown | undefined
}
total_details?: ({
amount_discount: number
amount_shipping?: (number | null)
amount_tax: number
breakdown?: {
discounts: unknown[]
taxes: unknown[]
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | null)
ui_mode?: ("elements" | "embedded_page" | "form" | "hosted_page" | null)
url?: (string | null)
wallet_options?: ({
link?: {
display?: string
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | null)
[k: string]: unknown | undefined
}
export interface CustomerSessionSchema {
client_secret: string
components?: {
active_entitlements: {
enabled: boolean
[k: string]: unknown | undefined
}
buy_button: {
enabled: boolean
[k: string]: unknown | undefined
}
customer_portal: {
enabled: boolean
[k: string]: unknown | undefined
}
customer_sheet: {
enabled: boolean
features?: ({
[k: string]: unknown | undefined
} | null)
[k: string]: unknown | undefined
}
mobile_payment_element: {
enabled: boolean
features?: ({
[k: string]: unknown | undefined
} | null)
[k: string]: unknown | undefined
}
payment_element: {
enabled: boolean
features?: ({
[k: string]: unknown | undefined
} | null)
[k: string]: unknown | undefined
}
pricing_table: {
enabled: boolean
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
created: number
customer: (string | {
id?: string
object: "customer"
[k: string]: unknown | undefined
})
customer_account?: (string | null)
expires_at: number
livemode: boolean
object: "customer_session"
[k: string]: unknown | undefined
}
export interface LineItemSchema {
adjustable_quantity?: ({
enabled: boolean
maximum?: (number | null)
minimum?: (number | null)
[k: string]: unknown | undefined
} | null)
amount_discount: number
amount_subtotal: number
amount_tax: number
amount_total: number
currency: string
description?: (string | null)
discounts?: {
amount: number
discount: {
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}[]
id: string
metadata?: ({
[k: string]: string | undefined
} | null)
object: "item"
price?: ({
active: boolean
billing_scheme: ("per_unit" | "tiered")
created: number
currency: string
currency_options?: {
[k: string]: {
[k: string]: unknown | undefined
} | undefined
}
custom_unit_amount?: ({
maximum?: (number | null)
minimum?: (number | null)
preset?: (number | null)
[k: string]: unknown | undefined
} | null)
id: string
livemode: boolean
lookup_key?: (string | null)
metadata: {
[k: string]: string | undefined
}
nickname?: (string | null)
object: "price"
product: (string | {
id?: string
object: string
[k: string]: unknown | undefined
})
recurring?: ({
interval: string
interval_count: number
meter?: (string | null)
trial_period_days?: (number | null)
usage_type: string
[k: string]: unknown | undefined
} | null)
tax_behavior?: ("exclusive" | "inclusive" | "unspecified" | null)
tiers?: {
[k: string]: unknown | undefined
}[]
tiers_mode?: ("graduated" | "volume" | null)
transform_quantity?: ({
divide_by: number
round: string
[k: string]: unknown | undefined
} | null)
type: ("one_time" | "recurring")
unit_amount?: (number | null)
unit_amount_decimal?: (string | null)
[k: string]: unknown | undefined
} | null)
quantity?: (number | null)
taxes?: {
amount: number
rate: {
[k: string]: unknown | undefined
}
taxability_reason?: (string | null)
taxable_amount?: (number | null)
[k: string]: unknown | undefined
}[]
[k: string]: unknown | undefined
}
