// GENERATED from schemas/gr4vy/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
/* Request and response types of Gr4vy, from the JSON Schemas in schemas/gr4vy/. */

export interface Gr4VySessionsSchemas {
"checkout-session-request"?: CheckoutSessionRequestSchema
"checkout-session"?: CheckoutSessionSchema
"transaction-list-query"?: TransactionListQuerySchema
"transaction-summary"?: TransactionSummarySchema
transaction?: TransactionSchema
}
export interface CheckoutSessionRequestSchema {
/**
 * The line items of the payment
 */
cart_items?: ({
/**
 * Name of the item; payment services may shorten it
 */
name: string
/**
 * How many of this item; at least 1
 */
quantity: number
/**
 * Price of one item in the smallest currency unit (1299 is 12.99)
 */
unit_amount: number
/**
 * Discount on this item in the smallest currency unit
 */
discount_amount?: (number | null)
/**
 * Tax on this item in the smallest currency unit
 */
tax_amount?: (number | null)
/**
 * Your own ID for the item; not sent to the payment service
 */
external_identifier?: (string | null)
sku?: (string | null)
/**
 * Universal product code of the item
 */
upc?: (string | null)
product_url?: (string | null)
image_url?: (string | null)
/**
 * Product categories
 */
categories?: (string[] | null)
product_type?: (("physical" | "discount" | "shipping_fee" | "sales_tax" | "digital" | "gift_card" | "store_credit" | "surcharge") | null)
/**
 * Two-letter ISO 3166 country code of the seller, e.g. US
 */
seller_country?: (string | null)
/**
 * Whether the item is exempt from tax
 */
tax_exempt?: (boolean | null)
unit_of_measure?: (string | null)
commodity_code?: (string | null)
description?: (string | null)
/**
 * Duty on this item in the smallest currency unit
 */
duty_amount?: (number | null)
/**
 * Shipping cost of this item in the smallest currency unit
 */
shipping_amount?: (number | null)
}[] | null)
/**
 * Your own key-value pairs, kept on the session
 */
metadata?: ({
[k: string]: string | undefined
} | null)
/**
 * Buyer details kept on the session; no buyer record is created at Gr4vy.
 */
buyer?: ({
display_name?: (string | null)
/**
 * Your own ID for the buyer
 */
external_identifier?: (string | null)
billing_details?: ({
first_name?: (string | null)
last_name?: (string | null)
email_address?: (string | null)
/**
 * E.164 format, e.g. +14155550123
 */
phone_number?: (string | null)
/**
 * A postal address.
 */
address?: ({
city?: (string | null)
/**
 * Two-letter ISO 3166 country code, e.g. US
 */
country?: (string | null)
postal_code?: (string | null)
state?: (string | null)
/**
 * ISO 3166-2 code, e.g. US-CA
 */
state_code?: (string | null)
house_number_or_name?: (string | null)
line1?: (string | null)
line2?: (string | null)
organization?: (string | null)
} | null)
tax_id?: ({
value: string
kind: ("ae.trn" | "au.abn" | "ar.dni" | "ar.cuil" | "ar.cuit" | "br.cnpj" | "br.cpf" | "ca.bn" | "ca.gst_hst" | "ca.pst_bc" | "ca.pst_mb" | "ca.pst_sk" | "ca.qst" | "ch.vat" | "cl.tin" | "co.itin" | "co.nit" | "co.cc" | "co.ce" | "co.de" | "co.rc" | "co.ti" | "co.passport" | "es.cif" | "eu.vat" | "gb.vat" | "hk.br" | "id.nik" | "id.npwp" | "in.gst" | "in.pan" | "jp.cn" | "jp.rn" | "kr.brn" | "li.uid" | "mx.curp" | "mx.rfc" | "my.frp" | "my.itn" | "my.nric" | "my.sst" | "no.vat" | "nz.gst" | "pe.ruc" | "ph.tin" | "ru.inn" | "ru.kpp" | "sa.vat" | "sg.gst" | "sg.uen" | "th.id" | "th.vat" | "tw.vat" | "us.ein" | "za.vat" | "bo.ci" | "uy.rut" | "uy.ci")
} | null)
} | null)
/**
 * The buyer's account number
 */
account_number?: (string | null)
shipping_details?: ({
first_name?: (string | null)
last_name?: (string | null)
email_address?: (string | null)
/**
 * E.164 format, e.g. +14155550123
 */
phone_number?: (string | null)
/**
 * A postal address.
 */
address?: ({
city?: (string | null)
/**
 * Two-letter ISO 3166 country code, e.g. US
 */
country?: (string | null)
postal_code?: (string | null)
state?: (string | null)
/**
 * ISO 3166-2 code, e.g. US-CA
 */
state_code?: (string | null)
house_number_or_name?: (string | null)
line1?: (string | null)
line2?: (string | null)
organization?: (string | null)
} | null)
} | null)
} | null)
/**
 * Airline itinerary data for travel payments.
 */
airline?: ({
booking_code?: (string | null)
is_cardholder_traveling?: (boolean | null)
issued_address?: (string | null)
issued_at?: (string | null)
issuing_carrier_code?: (string | null)
issuing_carrier_name?: (string | null)
issuing_iata_designator?: (string | null)
issuing_icao_code?: (string | null)
legs?: ({
arrival_airport?: (string | null)
arrival_at?: (string | null)
arrival_city?: (string | null)
arrival_country?: (string | null)
carrier_code?: (string | null)
carrier_name?: (string | null)
iata_designator?: (string | null)
icao_code?: (string | null)
coupon_number?: (string | null)
departure_airport?: (string | null)
departure_at?: (string | null)
departure_city?: (string | null)
departure_country?: (string | null)
departure_tax_amount?: (number | null)
fare_amount?: (number | null)
fare_basis_code?: (string | null)
fee_amount?: (number | null)
flight_class?: (string | null)
flight_number?: (string | null)
route_type?: (("round_trip" | "one_way") | null)
seat_class?: (string | null)
stop_over?: (boolean | null)
tax_amount?: (number | null)
}[] | null)
passenger_name_record?: (string | null)
passengers?: ({
age_group?: (("adult" | "infant") | null)
date_of_birth?: (string | null)
email_address?: (string | null)
first_name?: (string | null)
frequent_flyer_number?: (string | null)
last_name?: (string | null)
passport_number?: (string | null)
phone_number?: (string | null)
ticket_number?: (string | null)
country_code?: (string | null)
}[] | null)
reservation_system?: (string | null)
restricted_ticket?: (boolean | null)
ticket_delivery_method?: (("electronic" | "other") | null)
ticket_number?: (string | null)
travel_agency_code?: (string | null)
travel_agency_invoice_number?: (string | null)
travel_agency_name?: (string | null)
travel_agency_plan_name?: (string | null)
} | null)
/**
 * Amount to pay in the smallest currency unit
 */
amount?: (number | null)
/**
 * Three-letter ISO 4217 code, e.g. USD
 */
currency?: (string | null)
/**
 * Route the payment to this payment service
 */
payment_service_id?: (string | null)
/**
 * Lifetime of the session in seconds, from 3600 (1 hour) to 86400 (24 hours)
 */
expires_in?: number
country?: (string | null)
/**
 * Whether the payment follows an earlier one that set up recurring payments
 */
is_subsequent_payment?: (boolean | null)
/**
 * Whether the merchant, not the buyer, starts the payment
 */
merchant_initiated?: (boolean | null)
payment_source?: (("ecommerce" | "moto" | "recurring" | "installment" | "card_on_file") | null)
intent?: (("authorize" | "capture") | null)
}
export interface CheckoutSessionSchema {
cart_items?: ({
name: string
quantity: number
unit_amount: number
discount_amount?: (number | null)
tax_amount?: (number | null)
external_identifier?: (string | null)
sku?: (string | null)
upc?: (string | null)
product_url?: (string | null)
image_url?: (string | null)
categories?: (unknown[] | null)
product_type?: (string | null)
seller_country?: (string | null)
tax_exempt?: (boolean | null)
unit_of_measure?: (string | null)
commodity_code?: (string | null)
description?: (string | null)
duty_amount?: (number | null)
shipping_amount?: (number | null)
}[] | null)
metadata?: ({
[k: string]: string | undefined
} | null)
buyer?: ({
display_name?: (string | null)
external_identifier?: (string | null)
billing_details?: ({
first_name?: (string | null)
last_name?: (string | null)
email_address?: (string | null)
phone_number?: (string | null)
address?: ({
[k: string]: unknown | undefined
} | null)
tax_id?: ({
[k: string]: unknown | undefined
} | null)
} | null)
account_number?: (string | null)
shipping_details?: ({
first_name?: (string | null)
last_name?: (string | null)
email_address?: (string | null)
phone_number?: (string | null)
address?: ({
[k: string]: unknown | undefined
} | null)
} | null)
} | null)
airline?: ({
booking_code?: (string | null)
is_cardholder_traveling?: (boolean | null)
issued_address?: (string | null)
issued_at?: (string | null)
issuing_carrier_code?: (string | null)
issuing_carrier_name?: (string | null)
issuing_iata_designator?: (string | null)
issuing_icao_code?: (string | null)
legs?: ({
[k: string]: unknown | undefined
}[] | null)
passenger_name_record?: (string | null)
passengers?: ({
[k: string]: unknown | undefined
}[] | null)
reservation_system?: (string | null)
restricted_ticket?: (boolean | null)
ticket_delivery_method?: (("electronic" | "other") | null)
ticket_number?: (string | null)
travel_agency_code?: (string | null)
travel_agency_invoice_number?: (string | null)
travel_agency_name?: (string | null)
travel_agency_plan_name?: (string | null)
} | null)
amount?: (number | null)
currency?: (string | null)
payment_service_id?: (string | null)
type?: "checkout-session"
id: string
expires_at: string
payment_method?: ({
type?: "payment-method"
id?: (string | null)
details?: ({
bin?: (string | null)
card_country?: (string | null)
card_type?: (string | null)
card_issuer_name?: (string | null)
} | null)
label?: (string | null)
method?: "card"
scheme?: (("accel" | "amex" | "bancontact" | "carte-bancaire" | "cirrus" | "culiance" | "dankort" | "diners-club" | "discover" | "eftpos-australia" | "elo" | "hipercard" | "jcb" | "maestro" | "mastercard" | "mir" | "nyce" | "other" | "pulse" | "qcard" | "rupay" | "star" | "uatp" | "unionpay" | "visa") | null)
fingerprint?: (string | null)
} | null)
}
export interface TransactionListQuerySchema {
/**
 * Only transactions created at or before this time (ISO 8601 with time zone)
 */
created_at_lte?: (string | null)
/**
 * Only transactions created at or after this time (ISO 8601 with time zone)
 */
created_at_gte?: (string | null)
/**
 * Only transactions changed at or before this time (ISO 8601 with time zone)
 */
updated_at_lte?: (string | null)
/**
 * Only transactions changed at or after this time (ISO 8601 with time zone)
 */
updated_at_gte?: (string | null)
/**
 * Exact match on the transaction ID, external identifier or similar fields
 */
search?: (string | null)
/**
 * Only transactions of the buyer with this external identifier
 */
buyer_external_identifier?: (string | null)
buyer_id?: (string | null)
buyer_email_address?: (string | null)
ip_address?: (string | null)
/**
 * Only transactions in one of these statuses
 */
status?: (("processing" | "authorization_succeeded" | "authorization_declined" | "authorization_failed" | "authorization_voided" | "authorization_void_pending" | "capture_succeeded" | "capture_pending" | "buyer_approval_pending")[] | null)
id?: (string | null)
payment_service_transaction_id?: (string | null)
/**
 * Only transactions with this external identifier
 */
external_identifier?: (string | null)
metadata?: (string[] | null)
amount_eq?: (number | null)
/**
 * Largest amount in the smallest currency unit
 */
amount_lte?: (number | null)
/**
 * Smallest amount in the smallest currency unit
 */
amount_gte?: (number | null)
/**
 * Three-letter ISO 4217 codes
 */
currency?: (string[] | null)
country?: (string[] | null)
payment_service_id?: (string[] | null)
payment_method_id?: (string | null)
payment_method_label?: (string | null)
payment_method_scheme?: (string[] | null)
payment_method_country?: (string | null)
payment_method_fingerprint?: (string | null)
method?: (("abitab" | "affirm" | "afterpay" | "alipay" | "alipayhk" | "applepay" | "arcuspaynetwork" | "bacs" | "bancontact" | "bank" | "bcp" | "becs" | "bitpay" | "blik" | "ach" | "boleto" | "boost" | "breb" | "capitec" | "card" | "cashapp" | "cashappafterpay" | "chaseorbital" | "clearpay" | "click-to-pay" | "custom_push" | "custom_redirect" | "custom_tokenize" | "dana" | "dcb" | "dlocal" | "ebanx" | "eckoh" | "efecty" | "eps" | "everydaypay" | "gcash" | "gem" | "gemds" | "gift-card" | "giropay" | "givingblock" | "gocardless" | "googlepay" | "googlepay_pan_only" | "gopay" | "grabpay" | "ideal" | "interac" | "kakaopay" | "kcp" | "khipu" | "klarna" | "konbini" | "latitude" | "latitudeds" | "laybuy" | "linepay" | "linkaja" | "maybankqrpay" | "mercadopago" | "multibanco" | "multipago" | "nequi" | "netbanking" | "network-token" | "nupay" | "oney_10x" | "oney_12x" | "oney_3x" | "oney_4x" | "oney_6x" | "onlinebankingcz" | "onelink" | "ovo" | "oxxo" | "p24" | "pagoefectivo" | "paybybank" | "payid" | "paymaya" | "paysquad" | "paypal" | "paypalpaylater" | "paypay" | "payto" | "payvalida" | "paze" | "picpay" | "pix" | "plaid" | "pse" | "rabbitlinepay" | "razorpay" | "rapipago" | "redpagos" | "scalapay" | "sepa" | "servipag" | "seveneleven" | "shopeepay" | "singteldash" | "smartpay" | "sofort" | "spei" | "stitch" | "swish" | "stripe" | "stripedd" | "stripetoken" | "tapi" | "tapifintechs" | "thaiqr" | "touchngo" | "truemoney" | "trustly" | "trustlyeurope" | "upi" | "venmo" | "vipps" | "waave" | "webpay" | "wechat" | "wero" | "yape" | "zippay")[] | null)
error_code?: (string[] | null)
/**
 * Whether to return only refunded transactions (true) or only unrefunded ones (false)
 */
has_refunds?: (boolean | null)
/**
 * Whether to return only transactions waiting for review (true) or only the others (false)
 */
pending_review?: (boolean | null)
/**
 * Only transactions made with this checkout session
 */
checkout_session_id?: (string | null)
payment_link_id?: (string | null)
reconciliation_id?: (string | null)
/**
 * Whether to return only transactions with gift card redemptions (true) or only those without (false)
 */
has_gift_card_redemptions?: (boolean | null)
gift_card_id?: (string | null)
gift_card_last4?: (string | null)
/**
 * Whether to return only settled transactions (true) or only unsettled ones (false)
 */
has_settlements?: (boolean | null)
payment_method_bin?: (string | null)
payment_source?: (("ecommerce" | "moto" | "recurring" | "installment" | "card_on_file")[] | null)
/**
 * Whether to return only subsequent recurring payments (true) or only first payments (false)
 */
is_subsequent_payment?: (boolean | null)
/**
 * Whether to return only merchant-initiated transactions (true) or only buyer-initiated ones (false)
 */
merchant_initiated?: (boolean | null)
/**
 * Whether to return only transactions that used 3-D Secure (true) or only those that did not (false)
 */
used_3ds?: (boolean | null)
/**
 * Whether to return only disputed transactions (true) or only undisputed ones (false)
 */
disputed?: (boolean | null)
reauthorized_from_transaction_id?: (string | null)
buyer_search?: (string[] | null)
}
export interface TransactionSummarySchema {
type?: "transaction"
id: string
reconciliation_id: string
merchant_account_id: string
currency: string
amount: number
status: ("processing" | "authorization_succeeded" | "authorization_declined" | "authorization_failed" | "authorization_voided" | "authorization_void_pending" | "capture_succeeded" | "capture_pending" | "buyer_approval_pending")
authorized_amount: number
captured_amount: number
refunded_amount: number
settled_currency?: (string | null)
settled_amount: number
settled: boolean
country?: (string | null)
external_identifier?: (string | null)
intent: ("authorize" | "capture")
payment_method?: ({
type?: "payment-method"
approval_url?: (string | null)
country?: (string | null)
currency?: (string | null)
details?: ({
bin?: (string | null)
card_type?: (string | null)
card_issuer_name?: (string | null)
} | null)
expiration_date?: (string | null)
fingerprint?: (string | null)
label?: (string | null)
last_replaced_at?: (string | null)
method: ("abitab" | "affirm" | "afterpay" | "alipay" | "alipayhk" | "applepay" | "arcuspaynetwork" | "bacs" | "bancontact" | "bank" | "bcp" | "becs" | "bitpay" | "blik" | "ach" | "boleto" | "boost" | "breb" | "capitec" | "card" | "cashapp" | "cashappafterpay" | "chaseorbital" | "clearpay" | "click-to-pay" | "custom_push" | "custom_redirect" | "custom_tokenize" | "dana" | "dcb" | "dlocal" | "ebanx" | "eckoh" | "efecty" | "eps" | "everydaypay" | "gcash" | "gem" | "gemds" | "gift-card" | "giropay" | "givingblock" | "gocardless" | "googlepay" | "googlepay_pan_only" | "gopay" | "grabpay" | "ideal" | "interac" | "kakaopay" | "kcp" | "khipu" | "klarna" | "konbini" | "latitude" | "latitudeds" | "laybuy" | "linepay" | "linkaja" | "maybankqrpay" | "mercadopago" | "multibanco" | "multipago" | "nequi" | "netbanking" | "network-token" | "nupay" | "oney_10x" | "oney_12x" | "oney_3x" | "oney_4x" | "oney_6x" | "onlinebankingcz" | "onelink" | "ovo" | "oxxo" | "p24" | "pagoefectivo" | "paybybank" | "payid" | "paymaya" | "paysquad" | "paypal" | "paypalpaylater" | "paypay" | "payto" | "payvalida" | "paze" | "picpay" | "pix" | "plaid" | "pse" | "rabbitlinepay" | "razorpay" | "rapipago" | "redpagos" | "scalapay" | "sepa" | "servipag" | "seveneleven" | "shopeepay" | "singteldash" | "smartpay" | "sofort" | "spei" | "stitch" | "swish" | "stripe" | "stripedd" | "stripetoken" | "tapi" | "tapifintechs" | "thaiqr" | "touchngo" | "truemoney" | "trustly" | "trustlyeurope" | "upi" | "venmo" | "vipps" | "waave" | "webpay" | "wechat" | "wero" | "yape" | "zippay")
mode?: (("card" | "redirect" | "applepay" | "googlepay" | "checkout-session" | "click-to-pay" | "gift-card" | "bank" | "paze") | null)
scheme?: (("accel" | "amex" | "bancontact" | "carte-bancaire" | "cirrus" | "culiance" | "dankort" | "diners-club" | "discover" | "eftpos-australia" | "elo" | "hipercard" | "jcb" | "maestro" | "mastercard" | "mir" | "nyce" | "other" | "pulse" | "qcard" | "rupay" | "star" | "uatp" | "unionpay" | "visa") | null)
id?: (string | null)
approval_target?: (("new_window" | "any") | null)
external_identifier?: (string | null)
payment_account_reference?: (string | null)
} | null)
method?: (("abitab" | "affirm" | "afterpay" | "alipay" | "alipayhk" | "applepay" | "arcuspaynetwork" | "bacs" | "bancontact" | "bank" | "bcp" | "becs" | "bitpay" | "blik" | "ach" | "boleto" | "boost" | "breb" | "capitec" | "card" | "cashapp" | "cashappafterpay" | "chaseorbital" | "clearpay" | "click-to-pay" | "custom_push" | "custom_redirect" | "custom_tokenize" | "dana" | "dcb" | "dlocal" | "ebanx" | "eckoh" | "efecty" | "eps" | "everydaypay" | "gcash" | "gem" | "gemds" | "gift-card" | "giropay" | "givingblock" | "gocardless" | "googlepay" | "googlepay_pan_only" | "gopay" | "grabpay" | "ideal" | "interac" | "kakaopay" | "kcp" | "khipu" | "klarna" | "konbini" | "latitude" | "latitudeds" | "laybuy" | "linepay" | "linkaja" | "maybankqrpay" | "mercadopago" | "multibanco" | "multipago" | "nequi" | "netbanking" | "network-token" | "nupay" | "oney_10x" | "oney_12x" | "oney_3x" | "oney_4x" | "oney_6x" | "onlinebankingcz" | "onelink" | "ovo" | "oxxo" | "p24" | "pagoefectivo" | "paybybank" | "payid" | "paymaya" | "paysquad" | "paypal" | "paypalpaylater" | "paypay" | "payto" | "payvalida" | "paze" | "picpay" | "pix" | "plaid" | "pse" | "rabbitlinepay" | "razorpay" | "rapipago" | "redpagos" | "scalapay" | "sepa" | "servipag" | "seveneleven" | "shopeepay" | "singteldash" | "smartpay" | "sofort" | "spei" | "stitch" | "swish" | "stripe" | "stripedd" | "stripetoken" | "tapi" | "tapifintechs" | "thaiqr" | "touchngo" | "truemoney" | "trustly" | "trustlyeurope" | "upi" | "venmo" | "vipps" | "waave" | "webpay" | "wechat" | "wero" | "yape" | "zippay") | null)
instrument_type?: (("pan" | "card_token" | "redirect" | "redirect_token" | "googlepay" | "applepay" | "network_token" | "plaid" | "bank") | null)
error_code?: (string | null)
payment_service?: ({
type?: "payment-service"
id: string
payment_service_definition_id: string
method: ("abitab" | "affirm" | "afterpay" | "alipay" | "alipayhk" | "applepay" | "arcuspaynetwork" | "bacs" | "bancontact" | "bank" | "bcp" | "becs" | "bitpay" | "blik" | "ach" | "boleto" | "boost" | "breb" | "capitec" | "card" | "cashapp" | "cashappafterpay" | "chaseorbital" | "clearpay" | "click-to-pay" | "custom_push" | "custom_redirect" | "custom_tokenize" | "dana" | "dcb" | "dlocal" | "ebanx" | "eckoh" | "efecty" | "eps" | "everydaypay" | "gcash" | "gem" | "gemds" | "gift-card" | "giropay" | "givingblock" | "gocardless" | "googlepay" | "googlepay_pan_only" | "gopay" | "grabpay" | "ideal" | "interac" | "kakaopay" | "kcp" | "khipu" | "klarna" | "konbini" | "latitude" | "latitudeds" | "laybuy" | "linepay" | "linkaja" | "maybankqrpay" | "mercadopago" | "multibanco" | "multipago" | "nequi" | "netbanking" | "network-token" | "nupay" | "oney_10x" | "oney_12x" | "oney_3x" | "oney_4x" | "oney_6x" | "onlinebankingcz" | "onelink" | "ovo" | "oxxo" | "p24" | "pagoefectivo" | "paybybank" | "payid" | "paymaya" | "paysquad" | "paypal" | "paypalpaylater" | "paypay" | "payto" | "payvalida" | "paze" | "picpay" | "pix" | "plaid" | "pse" | "rabbitlinepay" | "razorpay" | "rapipago" | "redpagos" | "scalapay" | "sepa" | "servipag" | "seveneleven" | "shopeepay" | "singteldash" | "smartpay" | "sofort" | "spei" | "stitch" | "swish" | "stripe" | "stripedd" | "stripetoken" | "tapi" | "tapifintechs" | "thaiqr" | "touchngo" | "truemoney" | "trustly" | "trustlyeurope" | "upi" | "venmo" | "vipps" | "waave" | "webpay" | "wechat" | "wero" | "yape" | "zippay")
display_name: string
} | null)
pending_review?: boolean
buyer?: ({
type?: "buyer"
id?: (string | null)
reconciliation_id?: (string | null)
display_name?: (string | null)
external_identifier?: (string | null)
billing_details?: ({
first_name?: (string | null)
last_name?: (string | null)
email_address?: (string | null)
phone_number?: (string | null)
address?: ({
[k: string]: unknown | undefined
} | null)
tax_id?: ({
[k: string]: unknown | undefined
} | null)
} | null)
account_number?: (string | null)
} | null)
raw_response_code?: (string | null)
raw_response_description?: (string | null)
shipping_details?: ({
first_name?: (string | null)
last_name?: (string | null)
email_address?: (string | null)
phone_number?: (string | null)
address?: ({
city?: (string | null)
country?: (string | null)
postal_code?: (string | null)
state?: (string | null)
state_code?: (string | null)
house_number_or_name?: (string | null)
line1?: (string | null)
line2?: (string | null)
organization?: (string | null)
} | null)
id?: (string | null)
buyer_id?: (string | null)
type?: "shipping-details"
} | null)
checkout_session_id?: (string | null)
gift_card_redemptions: {
type?: string
id: string
status: string
amount: number
refunded_amount: number
gift_card_service_redemption_id?: (string | null)
error_code?: (string | null)
raw_error_code?: (string | null)
raw_error_message?: (string | null)
gift_card: {
[k: string]: unknown | undefined
}
}[]
gift_card_service?: ({
type?: "gift-card-service"
id: string
gift_card_service_definition_id: ("mock-gift-card" | "qwikcilver-gift-card" | "valuelink-gift-card")
display_name: string
} | null)
created_at: string
updated_at: string
disputed: boolean
reauthorized_from_transaction_id?: (string | null)
}
export interface TransactionSchema {
type?: "transaction"
id: string
reconciliation_id: string
merchant_account_id: string
currency: string
amount: number
status: ("processing" | "authorization_succeeded" | "authorization_declined" | "authorization_failed" | "authorization_voided" | "authorization_void_pending" | "capture_succeeded" | "capture_pending" | "buyer_approval_pending")
authorized_amount: number
captured_amount: number
refunded_amount: number
settled_currency?: (string | null)
settled_amount: number
settled: boolean
country?: (string | null)
external_identifier?: (string | null)
intent: ("authorize" | "capture")
payment_method?: ({
type?: "payment-method"
approval_url?: (string | null)
country?: (string | null)
currency?: (string | null)
details?: ({
bin?: (string | null)
card_type?: (string | null)
card_issuer_name?: (string | null)
} | null)
expiration_date?: (string | null)
fingerprint?: (string | null)
label?: (string | null)
last_replaced_at?: (string | null)
method: ("abitab" | "affirm" | "afterpay" | "alipay" | "alipayhk" | "applepay" | "arcuspaynetwork" | "bacs" | "bancontact" | "bank" | "bcp" | "becs" | "bitpay" | "blik" | "ach" | "boleto" | "boost" | "breb" | "capitec" | "card" | "cashapp" | "cashappafterpay" | "chaseorbital" | "clearpay" | "click-to-pay" | "custom_push" | "custom_redirect" | "custom_tokenize" | "dana" | "dcb" | "dlocal" | "ebanx" | "eckoh" | "efecty" | "eps" | "everydaypay" | "gcash" | "gem" | "gemds" | "gift-card" | "giropay" | "givingblock" | "gocardless" | "googlepay" | "googlepay_pan_only" | "gopay" | "grabpay" | "ideal" | "interac" | "kakaopay" | "kcp" | "khipu" | "klarna" | "konbini" | "latitude" | "latitudeds" | "laybuy" | "linepay" | "linkaja" | "maybankqrpay" | "mercadopago" | "multibanco" | "multipago" | "nequi" | "netbanking" | "network-token" | "nupay" | "oney_10x" | "oney_12x" | "oney_3x" | "oney_4x" | "oney_6x" | "onlinebankingcz" | "onelink" | "ovo" | "oxxo" | "p24" | "pagoefectivo" | "paybybank" | "payid" | "paymaya" | "paysquad" | "paypal" | "paypalpaylater" | "paypay" | "payto" | "payvalida" | "paze" | "picpay" | "pix" | "plaid" | "pse" | "rabbitlinepay" | "razorpay" | "rapipago" | "redpagos" | "scalapay" | "sepa" | "servipag" | "seveneleven" | "shopeepay" | "singteldash" | "smartpay" | "sofort" | "spei" | "stitch" | "swish" | "stripe" | "stripedd" | "stripetoken" | "tapi" | "tapifintechs" | "thaiqr" | "touchngo" | "truemoney" | "trustly" | "trustlyeurope" | "upi" | "venmo" | "vipps" | "waave" | "webpay" | "wechat" | "wero" | "yape" | "zippay")
mode?: (("card" | "redirect" | "applepay" | "googlepay" | "checkout-session" | "click-to-pay" | "gift-card" | "bank" | "paze") | null)
scheme?: (("accel" | "amex" | "bancontact" | "carte-bancaire" | "cirrus" | "culiance" | "dankort" | "diners-club" | "discover" | "eftpos-australia" | "elo" | "hipercard" | "jcb" | "maestro" | "mastercard" | "mir" | "nyce" | "other" | "pulse" | "qcard" | "rupay" | "star" | "uatp" | "unionpay" | "visa") | null)
id?: (string | null)
approval_target?: (("new_window" | "any") | null)
external_identifier?: (string | null)
payment_account_reference?: (string | null)
} | null)
method?: (("abitab" | "affirm" | "afterpay" | "alipay" | "alipayhk" | "applepay" | "arcuspaynetwork" | "bacs" | "bancontact" | "bank" | "bcp" | "becs" | "bitpay" | "blik" | "ach" | "boleto" | "boost" | "breb" | "capitec" | "card" | "cashapp" | "cashappafterpay" | "chaseorbital" | "clearpay" | "click-to-pay" | "custom_push" | "custom_redirect" | "custom_tokenize" | "dana" | "dcb" | "dlocal" | "ebanx" | "eckoh" | "efecty" | "eps" | "everydaypay" | "gcash" | "gem" | "gemds" | "gift-card" | "giropay" | "givingblock" | "gocardless" | "googlepay" | "googlepay_pan_only" | "gopay" | "grabpay" | "ideal" | "interac" | "kakaopay" | "kcp" | "khipu" | "klarna" | "konbini" | "latitude" | "latitudeds" | "laybuy" | "linepay" | "linkaja" | "maybankqrpay" | "mercadopago" | "multibanco" | "multipago" | "nequi" | "netbanking" | "network-token" | "nupay" | "oney_10x" | "oney_12x" | "oney_3x" | "oney_4x" | "oney_6x" | "onlinebankingcz" | "onelink" | "ovo" | "oxxo" | "p24" | "pagoefectivo" | "paybybank" | "payid" | "paymaya" | "paysquad" | "paypal" | "paypalpaylater" | "paypay" | "payto" | "payvalida" | "paze" | "picpay" | "pix" | "plaid" | "pse" | "rabbitlinepay" | "razorpay" | "rapipago" | "redpagos" | "scalapay" | "sepa" | "servipag" | "seveneleven" | "shopeepay" | "singteldash" | "smartpay" | "sofort" | "spei" | "stitch" | "swish" | "stripe" | "stripedd" | "stripetoken" | "tapi" | "tapifintechs" | "thaiqr" | "touchngo" | "truemoney" | "trustly" | "trustlyeurope" | "upi" | "venmo" | "vipps" | "waave" | "webpay" | "wechat" | "wero" | "yape" | "zippay") | null)
instrument_type?: (("pan" | "card_token" | "redirect" | "redirect_token" | "googlepay" | "applepay" | "network_token" | "plaid" | "bank") | null)
error_code?: (string | null)
payment_service?: ({
type?: "payment-service"
id: string
payment_service_definition_id: string
method: ("abitab" | "affirm" | "afterpay" | "alipay" | "alipayhk" | "applepay" | "arcuspaynetwork" | "bacs" | "bancontact" | "bank" | "bcp" | "becs" | "bitpay" | "blik" | "ach" | "boleto" | "boost" | "breb" | "capitec" | "card" | "cashapp" | "cashappafterpay" | "chaseorbital" | "clearpay" | "click-to-pay" | "custom_push" | "custom_redirect" | "custom_tokenize" | "dana" | "dcb" | "dlocal" | "ebanx" | "eckoh" | "efecty" | "eps" | "everydaypay" | "gcash" | "gem" | "gemds" | "gift-card" | "giropay" | "givingblock" | "gocardless" | "googlepay" | "googlepay_pan_only" | "gopay" | "grabpay" | "ideal" | "interac" | "kakaopay" | "kcp" | "khipu" | "klarna" | "konbini" | "latitude" | "latitudeds" | "laybuy" | "linepay" | "linkaja" | "maybankqrpay" | "mercadopago" | "multibanco" | "multipago" | "nequi" | "netbanking" | "network-token" | "nupay" | "oney_10x" | "oney_12x" | "oney_3x" | "oney_4x" | "oney_6x" | "onlinebankingcz" | "onelink" | "ovo" | "oxxo" | "p24" | "pagoefectivo" | "paybybank" | "payid" | "paymaya" | "paysquad" | "paypal" | "paypalpaylater" | "paypay" | "payto" | "payvalida" | "paze" | "picpay" | "pix" | "plaid" | "pse" | "rabbitlinepay" | "razorpay" | "rapipago" | "redpagos" | "scalapay" | "sepa" | "servipag" | "seveneleven" | "shopeepay" | "singteldash" | "smartpay" | "sofort" | "spei" | "stitch" | "swish" | "stripe" | "stripedd" | "stripetoken" | "tapi" | "tapifintechs" | "thaiqr" | "touchngo" | "truemoney" | "trustly" | "trustlyeurope" | "upi" | "venmo" | "vipps" | "waave" | "webpay" | "wechat" | "wero" | "yape" | "zippay")
display_name: string
} | null)
pending_review?: boolean
buyer?: ({
type?: "buyer"
id?: (string | null)
reconciliation_id?: (string | null)
display_name?: (string | null)
external_identifier?: (string | null)
billing_details?: ({
first_name?: (string | null)
last_name?: (string | null)
email_address?: (string | null)
phone_number?: (string | null)
address?: ({
[k: string]: unknown | undefined
} | null)
tax_id?: ({
[k: string]: unknown | undefined
} | null)
} | null)
account_number?: (string | null)
} | null)
raw_response_code?: (string | null)
raw_response_description?: (string | null)
shipping_details?: ({
first_name?: (string | null)
last_name?: (string | null)
email_address?: (string | null)
phone_number?: (string | null)
address?: ({
city?: (string | null)
country?: (string | null)
postal_code?: (string | null)
state?: (string | null)
state_code?: (string | null)
house_number_or_name?: (string | null)
line1?: (string | null)
line2?: (string | null)
organization?: (string | null)
} | null)
id?: (string | null)
buyer_id?: (string | null)
type?: "shipping-details"
} | null)
checkout_session_id?: (string | null)
gift_card_redemptions: {
type?: string
id: string
status: string
amount: number
refunded_amount: number
gift_card_service_redemption_id?: (string | null)
error_code?: (string | null)
raw_error_code?: (string | null)
raw_error_message?: (string | null)
gift_card: {
[k: string]: unknown | undefined
}
}[]
gift_card_service?: ({
type?: "gift-card-service"
id: string
gift_card_service_definition_id: ("mock-gift-card" | "qwikcilver-gift-card" | "valuelink-gift-card")
display_name: string
} | null)
created_at: string
updated_at: string
disputed: boolean
reauthorized_from_transaction_id?: (string | null)
airline?: ({
booking_code?: (string | null)
is_cardholder_traveling?: (boolean | null)
issued_address?: (string | null)
issued_at?: (string | null)
issuing_carrier_code?: (string | null)
issuing_carrier_name?: (string | null)
issuing_iata_designator?: (string | null)
issuing_icao_code?: (string | null)
legs?: ({
[k: string]: unknown | undefined
}[] | null)
passenger_name_record?: (string | null)
passengers?: ({
[k: string]: unknown | undefined
}[] | null)
reservation_system?: (string | null)
restricted_ticket?: (boolean | null)
ticket_delivery_method?: (("electronic" | "other") | null)
ticket_number?: (string | null)
travel_agency_code?: (string | null)
travel_agency_invoice_number?: (string | null)
travel_agency_name?: (string | null)
travel_agency_plan_name?: (string | null)
} | null)
auth_response_code?: (string | null)
avs_response_code?: (("match" | "no_match" | "partial_match_address" | "partial_match_postcode" | "partial_match_name" | "unavailable") | null)
cvv_response_code?: (("match" | "no_match" | "unavailable" | "not_provided") | null)
anti_fraud_decision?: (("accept" | "error" | "exception" | "reject" | "review" | "skipped" | "pending") | null)
payment_source: ("ecommerce" | "moto" | "recurring" | "installment" | "card_on_file")
merchant_initiated: boolean
is_subsequent_payment: boolean
cart_items?: ({
name: string
quantity: number
unit_amount: number
discount_amount?: (number | null)
tax_amount?: (number | null)
external_identifier?: (string | null)
sku?: (string | null)
upc?: (string | null)
product_url?: (string | null)
image_url?: (string | null)
categories?: (unknown[] | null)
product_type?: (string | null)
seller_country?: (string | null)
tax_exempt?: (boolean | null)
unit_of_measure?: (string | null)
commodity_code?: (string | null)
description?: (string | null)
duty_amount?: (number | null)
shipping_amount?: (number | null)
}[] | null)
statement_descriptor?: ({
name?: (string | null)
description?: (string | null)
city?: (string | null)
country?: (string | null)
phone_number?: (string | null)
url?: (string | null)
postal_code?: (string | null)
} | null)
scheme_transaction_id?: (string | null)
transaction_link_id?: (string | null)
three_d_secure?: ({
version?: (string | null)
status?: (("setup_error" | "error" | "declined" | "cancelled" | "complete") | null)
method?: (("challenge" | "frictionless") | null)
response_data?: ({
cavv: string
eci: string
version: string
directory_response: string
scheme?: (string | null)
authentication_response: string
cavv_algorithm: string
xid: string
} | {
version: string
authentication_response?: (string | null)
directory_response?: (string | null)
directory_transaction_id?: (string | null)
transaction_reason?: (string | null)
cavv?: (string | null)
eci?: (string | null)
cardholder_info?: (string | null)
} | null)
error_data?: ({
code?: (string | null)
description?: (string | null)
detail?: (string | null)
component?: (string | null)
} | null)
amount?: (number | null)
} | null)
payment_service_transaction_id?: (string | null)
additional_identifiers?: {
[k: string]: string | null | undefined
}
metadata?: ({
[k: string]: string | undefined
} | null)
authorized_at?: (string | null)
captured_at?: (string | null)
voided_at?: (string | null)
canceled_at?: (string | null)
approval_expires_at?: (string | null)
buyer_approval_timedout_at?: (string | null)
intent_outcome: ("pending" | "succeeded" | "failed")
multi_tender: boolean
account_funding_transaction: boolean
recipient?: ({
first_name: string
last_name: string
address?: ({
city?: (string | null)
country?: (string | null)
postal_code?: (string | null)
state?: (string | null)
state_code?: (string | null)
house_number_or_name?: (string | null)
line1?: (string | null)
line2?: (string | null)
organization?: (string | null)
} | null)
account_number?: (string | null)
date_of_birth?: (string | null)
} | null)
merchant_advice_code?: (string | null)
installment_count?: (number | null)
session_token?: (string | null)
tax_amount?: (number | null)
merchant_tax_id?: (string | null)
purchase_order_number?: (string | null)
customer_reference_number?: (string | null)
amount_includes_tax?: (boolean | null)
supplier_order_number?: (string | null)
duty_amount?: (number | null)
shipping_amount?: (number | null)
iso_response_code?: (string | null)
}
