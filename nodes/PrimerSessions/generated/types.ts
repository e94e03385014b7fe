// GENERATED from schemas/primer/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
/* Request and response types of Primer, from the JSON Schemas in schemas/primer/. */

export interface PrimerSessionsSchemas {
"client-session-request"?: ClientSessionRequestSchema
"client-session-update"?: ClientSessionUpdateSchema
"client-session-with-token"?: ClientSessionWithTokenSchema
"client-session"?: ClientSessionSchema
"payment-list-query"?: PaymentListQuerySchema
"payment-summary"?: PaymentSummarySchema
payment?: PaymentSchema
}
export interface ClientSessionRequestSchema {
/**
 * Your reference for the payment; the trigger links payments back to the session by it.
 */
orderId?: string
/**
 * Three-letter ISO 4217 currency code, e.g. GBP.
 */
currencyCode?: ("AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYR" | "BYN" | "BZD" | "CAD" | "CDF" | "CHE" | "CHF" | "CHW" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MKD" | "MMK" | "MNT" | "MOP" | "MRO" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SOS" | "SRD" | "SSP" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VND" | "VUV" | "WST" | "XAF" | "XAG" | "XAU" | "XBA" | "XBB" | "XBC" | "XBD" | "XCD" | "XDR" | "XFU" | "XOF" | "XPD" | "XPF" | "XPT" | "XSU" | "XTS" | "XUA" | "YER" | "ZAR" | "ZMW" | "ZWL")
/**
 * Amount to charge in minor units (700 is 7.00); calculated from the line items when empty.
 */
amount?: number
order?: {
/**
 * The items of the order; on update the whole list is replaced.
 */
lineItems?: {
itemId?: string
name?: string
description?: string
/**
 * Price of one item in minor units.
 */
amount: number
quantity?: number
discountAmount?: number
taxAmount?: number
taxCode?: string
productType?: ("PHYSICAL" | "DIGITAL")
productData?: {
sku?: string
brand?: string
color?: string
globalTradeItemNumber?: string
manufacturerPartNumber?: string
weight?: number
weightUnit?: string
pageUrl?: string
}
}[]
/**
 * Country the order is made in, e.g. GB.
 */
countryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
retailerCountryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
fees?: {
amount: number
type?: string
description?: string
}[]
shipping?: {
/**
 * Shipping charged, in minor units.
 */
amount?: number
methodId?: string
methodName?: string
methodDescription?: string
}
}
/**
 * Your identifier of the customer; needed to save payment methods.
 */
customerId?: string
customer?: {
emailAddress?: string
mobileNumber?: string
firstName?: string
lastName?: string
/**
 * A postal address of the customer.
 */
billingAddress?: {
firstName?: string
lastName?: string
/**
 * Street name, company name or PO box.
 */
addressLine1?: string
/**
 * Apartment, unit or building number.
 */
addressLine2?: string
city?: string
/**
 * State, county or province.
 */
state?: string
/**
 * Two-letter ISO country code, e.g. GB.
 */
countryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
postalCode?: string
}
/**
 * A postal address of the customer.
 */
shippingAddress?: {
firstName?: string
lastName?: string
/**
 * Street name, company name or PO box.
 */
addressLine1?: string
/**
 * Apartment, unit or building number.
 */
addressLine2?: string
city?: string
/**
 * State, county or province.
 */
state?: string
/**
 * Two-letter ISO country code, e.g. GB.
 */
countryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
postalCode?: string
}
taxId?: string
nationalDocumentId?: string
}
/**
 * Free-form JSON object kept with the payment.
 */
metadata?: {
[k: string]: unknown | undefined
}
paymentMethod?: {
/**
 * Whether to save the payment method after a successful payment
 */
vaultOnSuccess?: boolean
/**
 * Whether to save the payment method only after a successful 3-D Secure check
 */
vaultOn3DS?: boolean
/**
 * Whether to save the payment method when the customer agrees to future payments
 */
vaultOnAgreement?: boolean
/**
 * Text shown on the customer's bank statement.
 */
descriptor?: string
paymentType?: ("FIRST_PAYMENT" | "ECOMMERCE" | "SUBSCRIPTION" | "UNSCHEDULED")
orderedAllowedCardNetworks?: ("AMEX" | "DANKORT" | "DINERS_CLUB" | "DISCOVER" | "EFTPOS" | "ENROUTE" | "ELO" | "HIPER" | "INTERAC" | "JCB" | "MAESTRO" | "MASTERCARD" | "MIR" | "PRIVATE_LABEL" | "UNIONPAY" | "VISA" | "CARTES_BANCAIRES" | "OTHER")[]
options?: {
"<PAYMENT_METHOD_TYPE>"?: {
surcharge: {
amount?: number
}
extraMerchantData?: {
[k: string]: unknown | undefined
}
merchantName?: string
}
APPLE_PAY?: {
merchantName?: string
recurringPaymentRequest?: {
paymentDescription?: string
billingAgreement?: string
managementUrl: string
regularBilling: {
label: string
amount?: number
recurringStartDate?: string
recurringEndDate?: string
recurringIntervalUnit?: ("minute" | "hour" | "day" | "month" | "year")
recurringIntervalCount?: number
}
trialBilling?: {
label: string
amount?: number
recurringStartDate?: string
recurringEndDate?: string
recurringIntervalUnit?: ("minute" | "hour" | "day" | "month" | "year")
recurringIntervalCount?: number
}
}
deferredPaymentRequest?: {
paymentDescription?: string
billingAgreement?: string
managementUrl: string
deferredBilling: {
label: string
amount?: number
deferredPaymentDate: string
}
freeCancellationDate?: string
freeCancellationTimeZone?: string
}
automaticReloadRequest?: {
paymentDescription?: string
billingAgreement?: string
managementUrl: string
automaticReloadBilling: {
label: string
amount?: number
automaticReloadThresholdAmount: number
}
}
}
PAYMENT_CARD?: {
networks?: {
AMEX?: {
surcharge?: {
amount?: number
}
}
CARTES_BANCAIRES?: {
surcharge?: {
amount?: number
}
}
DANKORT?: {
surcharge?: {
amount?: number
}
}
DINERS_CLUB?: {
surcharge?: {
amount?: number
}
}
DISCOVER?: {
surcharge?: {
amount?: number
}
}
ENROUTE?: {
surcharge?: {
amount?: number
}
}
ELO?: {
surcharge?: {
amount?: number
}
}
HIPER?: {
surcharge?: {
amount?: number
}
}
INTERAC?: {
surcharge?: {
amount?: number
}
}
JCB?: {
surcharge?: {
amount?: number
}
}
MAESTRO?: {
surcharge?: {
amount?: number
}
}
MASTERCARD?: {
surcharge?: {
amount?: number
}
}
MIR?: {
surcharge?: {
amount?: number
}
}
PRIVATE_LABEL?: {
surcharge?: {
amount?: number
}
}
UNIONPAY?: {
surcharge?: {
amount?: number
}
}
VISA?: {
surcharge?: {
amount?: number
}
}
OTHER?: {
surcharge?: {
amount?: number
}
}
}
captureVaultedCardCvv?: boolean
}
}
authorizationType?: ("ESTIMATED" | "FINAL")
firstPaymentReason?: ("CardOnFile" | "Recurring" | "Unscheduled")
}
}
export interface ClientSessionUpdateSchema {
clientToken?: string
/**
 * Your identifier of the customer; needed to save payment methods.
 */
customerId?: string
/**
 * Your reference for the payment; the trigger links payments back to the session by it.
 */
orderId?: string
/**
 * Three-letter ISO 4217 currency code, e.g. GBP.
 */
currencyCode?: string
/**
 * Amount to charge in minor units (700 is 7.00); calculated from the line items when empty.
 */
amount?: number
/**
 * Free-form JSON object kept with the payment.
 */
metadata?: {
[k: string]: unknown | undefined
}
customer?: {
emailAddress?: string
mobileNumber?: string
firstName?: string
lastName?: string
/**
 * A postal address of the customer.
 */
billingAddress?: {
firstName?: string
lastName?: string
/**
 * Street name, company name or PO box.
 */
addressLine1?: string
/**
 * Apartment, unit or building number.
 */
addressLine2?: string
city?: string
/**
 * State, county or province.
 */
state?: string
/**
 * Two-letter ISO country code, e.g. GB.
 */
countryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
postalCode?: string
}
/**
 * A postal address of the customer.
 */
shippingAddress?: {
firstName?: string
lastName?: string
/**
 * Street name, company name or PO box.
 */
addressLine1?: string
/**
 * Apartment, unit or building number.
 */
addressLine2?: string
city?: string
/**
 * State, county or province.
 */
state?: string
/**
 * Two-letter ISO country code, e.g. GB.
 */
countryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
postalCode?: string
}
taxId?: string
nationalDocumentId?: string
}
order?: {
/**
 * The items of the order; on update the whole list is replaced.
 */
lineItems?: {
itemId?: string
name?: string
description?: string
/**
 * Price of one item in minor units.
 */
amount: number
quantity?: number
discountAmount?: number
taxAmount?: number
taxCode?: string
productType?: ("PHYSICAL" | "DIGITAL")
productData?: {
sku?: string
brand?: string
color?: string
globalTradeItemNumber?: string
manufacturerPartNumber?: string
weight?: number
weightUnit?: string
pageUrl?: string
}
}[]
/**
 * Country the order is made in, e.g. GB.
 */
countryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
retailerCountryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
fees?: {
amount: number
type?: string
description?: string
}[]
shipping?: {
/**
 * Shipping charged, in minor units.
 */
amount?: number
methodId?: string
methodName?: string
methodDescription?: string
}
}
paymentMethod?: {
/**
 * Whether to save the payment method after a successful payment
 */
vaultOnSuccess?: boolean
/**
 * Whether to save the payment method only after a successful 3-D Secure check
 */
vaultOn3DS?: boolean
/**
 * Whether to save the payment method when the customer agrees to future payments
 */
vaultOnAgreement?: boolean
/**
 * Text shown on the customer's bank statement.
 */
descriptor?: string
paymentType?: ("FIRST_PAYMENT" | "ECOMMERCE" | "SUBSCRIPTION" | "UNSCHEDULED")
orderedAllowedCardNetworks?: ("AMEX" | "DANKORT" | "DINERS_CLUB" | "DISCOVER" | "EFTPOS" | "ENROUTE" | "ELO" | "HIPER" | "INTERAC" | "JCB" | "MAESTRO" | "MASTERCARD" | "MIR" | "PRIVATE_LABEL" | "UNIONPAY" | "VISA" | "CARTES_BANCAIRES" | "OTHER")[]
options?: {
"<PAYMENT_METHOD_TYPE>"?: {
surcharge: {
amount?: number
}
extraMerchantData?: {
[k: string]: unknown | undefined
}
merchantName?: string
}
APPLE_PAY?: {
merchantName?: string
recurringPaymentRequest?: {
paymentDescription?: string
billingAgreement?: string
managementUrl: string
regularBilling: {
label: string
amount?: number
recurringStartDate?: string
recurringEndDate?: string
recurringIntervalUnit?: ("minute" | "hour" | "day" | "month" | "year")
recurringIntervalCount?: number
}
trialBilling?: {
label: string
amount?: number
recurringStartDate?: string
recurringEndDate?: string
recurringIntervalUnit?: ("minute" | "hour" | "day" | "month" | "year")
recurringIntervalCount?: number
}
}
deferredPaymentRequest?: {
paymentDescription?: string
billingAgreement?: string
managementUrl: string
deferredBilling: {
label: string
amount?: number
deferredPaymentDate: string
}
freeCancellationDate?: string
freeCancellationTimeZone?: string
}
automaticReloadRequest?: {
paymentDescription?: string
billingAgreement?: string
managementUrl: string
automaticReloadBilling: {
label: string
amount?: number
automaticReloadThresholdAmount: number
}
}
}
PAYMENT_CARD?: {
networks?: {
AMEX?: {
surcharge?: {
amount?: number
}
}
CARTES_BANCAIRES?: {
surcharge?: {
amount?: number
}
}
DANKORT?: {
surcharge?: {
amount?: number
}
}
DINERS_CLUB?: {
surcharge?: {
amount?: number
}
}
DISCOVER?: {
surcharge?: {
amount?: number
}
}
ENROUTE?: {
surcharge?: {
amount?: number
}
}
ELO?: {
surcharge?: {
amount?: number
}
}
HIPER?: {
surcharge?: {
amount?: number
}
}
INTERAC?: {
surcharge?: {
amount?: number
}
}
JCB?: {
surcharge?: {
amount?: number
}
}
MAESTRO?: {
surcharge?: {
amount?: number
}
}
MASTERCARD?: {
surcharge?: {
amount?: number
}
}
MIR?: {
surcharge?: {
amount?: number
}
}
PRIVATE_LABEL?: {
surcharge?: {
amount?: number
}
}
UNIONPAY?: {
surcharge?: {
amount?: number
}
}
VISA?: {
surcharge?: {
amount?: number
}
}
OTHER?: {
surcharge?: {
amount?: number
}
}
}
captureVaultedCardCvv?: boolean
}
}
authorizationType?: ("ESTIMATED" | "FINAL")
firstPaymentReason?: ("CardOnFile" | "Recurring" | "Unscheduled")
}
}
export interface ClientSessionWithTokenSchema {
clientToken: string
clientTokenExpirationDate: string
orderId?: string
currencyCode?: string
amount?: number
order?: {
lineItems?: {
[k: string]: unknown | undefined
}[]
countryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
retailerCountryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
fees?: {
[k: string]: unknown | undefined
}[]
shipping?: {
amount?: number
methodId?: string
methodName?: string
methodDescription?: string
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
customerId?: string
customer?: {
emailAddress?: string
mobileNumber?: string
firstName?: string
lastName?: string
billingAddress?: {
firstName?: string
lastName?: string
addressLine1?: string
addressLine2?: string
city?: string
state?: string
countryCode?: string
postalCode?: string
[k: string]: unknown | undefined
}
shippingAddress?: {
firstName?: string
lastName?: string
addressLine1?: string
addressLine2?: string
city?: string
state?: string
countryCode?: string
postalCode?: string
[k: string]: unknown | undefined
}
taxId?: string
nationalDocumentId?: string
[k: string]: unknown | undefined
}
metadata?: {
[k: string]: unknown | undefined
}
paymentMethod?: {
vaultOnSuccess?: boolean
vaultOn3DS?: boolean
vaultOnAgreement?: boolean
descriptor?: string
paymentType?: ("FIRST_PAYMENT" | "ECOMMERCE" | "SUBSCRIPTION" | "UNSCHEDULED")
orderedAllowedCardNetworks?: string[]
options?: {
"<PAYMENT_METHOD_TYPE>"?: {
[k: string]: unknown | undefined
}
APPLE_PAY?: {
[k: string]: unknown | undefined
}
PAYMENT_CARD?: {
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
authorizationType?: ("ESTIMATED" | "FINAL")
firstPaymentReason?: ("CardOnFile" | "Recurring" | "Unscheduled")
[k: string]: unknown | undefined
}
warnings?: {
type?: string
code?: string
message?: string
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
export interface ClientSessionSchema {
customerId?: string
orderId?: string
currencyCode?: ("AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYR" | "BYN" | "BZD" | "CAD" | "CDF" | "CHE" | "CHF" | "CHW" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MKD" | "MMK" | "MNT" | "MOP" | "MRO" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SOS" | "SRD" | "SSP" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VND" | "VUV" | "WST" | "XAF" | "XAG" | "XAU" | "XBA" | "XBB" | "XBC" | "XBD" | "XCD" | "XDR" | "XFU" | "XOF" | "XPD" | "XPF" | "XPT" | "XSU" | "XTS" | "XUA" | "YER" | "ZAR" | "ZMW" | "ZWL")
amount?: number
metadata?: {
[k: string]: unknown | undefined
}
customer?: {
emailAddress?: string
mobileNumber?: string
firstName?: string
lastName?: string
billingAddress?: {
firstName?: string
lastName?: string
addressLine1?: string
addressLine2?: string
city?: string
state?: string
countryCode?: string
postalCode?: string
[k: string]: unknown | undefined
}
shippingAddress?: {
firstName?: string
lastName?: string
addressLine1?: string
addressLine2?: string
city?: string
state?: string
countryCode?: string
postalCode?: string
[k: string]: unknown | undefined
}
taxId?: string
nationalDocumentId?: string
[k: string]: unknown | undefined
}
order?: {
lineItems?: {
[k: string]: unknown | undefined
}[]
countryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
retailerCountryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
fees?: {
[k: string]: unknown | undefined
}[]
shipping?: {
amount?: number
methodId?: string
methodName?: string
methodDescription?: string
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
paymentMethod?: {
vaultOnSuccess?: boolean
vaultOn3DS?: boolean
vaultOnAgreement?: boolean
descriptor?: string
paymentType?: ("FIRST_PAYMENT" | "ECOMMERCE" | "SUBSCRIPTION" | "UNSCHEDULED")
orderedAllowedCardNetworks?: string[]
options?: {
"<PAYMENT_METHOD_TYPE>"?: {
[k: string]: unknown | undefined
}
APPLE_PAY?: {
[k: string]: unknown | undefined
}
PAYMENT_CARD?: {
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
authorizationType?: ("ESTIMATED" | "FINAL")
firstPaymentReason?: ("CardOnFile" | "Recurring" | "Unscheduled")
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
export interface PaymentListQuerySchema {
/**
 * Only payments in one of these statuses.
 */
status?: ("PENDING" | "FAILED" | "AUTHORIZED" | "SETTLING" | "PARTIALLY_SETTLED" | "SETTLED" | "DECLINED" | "CANCELLED")[]
payment_method_type?: ("PAYMENT_CARD" | "GOOGLE_PAY" | "APPLE_PAY" | "PAYPAL" | "BANK_ACCOUNT" | "KLARNA" | "APAYA" | "OPENNODE" | "HOOLAH" | "ATOME" | "COINBASE" | "NETS" | "TWOC2P" | "CLEARPAY" | "SHOPEEPAY" | "TRIPLE_A" | "AFTERPAY" | "NOL_PAY" | "PAY_NL_IDEAL" | "PAY_NL_BANCONTACT" | "PAY_NL_DIRECT_DEBIT" | "PAY_NL_SOFORT_BANKING" | "PAY_NL_PAYPAL" | "PAY_NL_PAYCONIQ" | "PAY_NL_GIROPAY" | "PAY_NL_P24" | "PAY_NL_EPS" | "PAY_NL_KAARTDIRECT" | "ADYEN_SOFORT" | "ADYEN_TWINT" | "ADYEN_GIROPAY" | "ADYEN_TRUSTLY" | "ADYEN_ALIPAY" | "ADYEN_MOBILEPAY" | "ADYEN_MULTIBANCO" | "ADYEN_VIPPS" | "ADYEN_DOTPAY" | "ADYEN_IDEAL" | "ADYEN_BLIK" | "ADYEN_PAYTRAIL" | "ADYEN_INTERAC" | "ADYEN_PAYSHOP" | "ADYEN_MBWAY" | "ADYEN_AFFIRM" | "ADYEN_KLARNA" | "ADYEN_BANCONTACT_PAYCONIQ" | "ADYEN_EPS" | "ADYEN_BANCONTACT_CARD" | "ADYEN_SWISH" | "MOLLIE_IDEAL" | "MOLLIE_BANCONTACT" | "MOLLIE_P24" | "MOLLIE_GIROPAY" | "MOLLIE_EPS" | "MOLLIE_GIFTCARD" | "MOLLIE_SOFORT" | "NETAXEPT_PAYTRAIL" | "BUCKAROO_IDEAL" | "BUCKAROO_BANCONTACT" | "BUCKAROO_SOFORT" | "BUCKAROO_GIROPAY" | "BUCKAROO_EPS" | "RAPYD_GCASH" | "RAPYD_PROMPTPAY" | "RAPYD_GRABPAY" | "RAPYD_POLI" | "RAPYD_FAST" | "XFERS_PAYNOW" | "STRIPE_GIROPAY" | "STRIPE_IDEAL" | "ALIPAY_CN" | "CHAI_KAKAOPAY" | "CHAI_NAVER" | "CHAI_TOSS" | "XENDIT_DANA" | "XENDIT_OVO" | "XENDIT_SHOPEEPAY" | "XENDIT_RETAIL_OUTLETS" | "OMISE_PROMPTPAY" | "OMISE_TRUEMONEY" | "EBANX_PAGOFACIL" | "PACYPAY_WECHAT" | "PACYPAY_ALIPAY" | "PACYPAY_ALIPAY_PLUS" | "WORLDPAY_IDEAL" | "IPAY88_CARD" | "INGENICO_PAYPAL" | "VOLT_PIX" | "VOLT_BANK_TRANSFER" | "BRAINTREE_VENMO" | "THUNES_SPIRIT_OF_CADEAU" | "THUNES_ILLICADO" | "THUNES_CARTE_CADEAU_CONFORAMA" | "THUNES_CHEQUE_FIDELITE_CONFORAMA" | "SIPS_CPAY" | "SIPS_CPAYCONFORAMA" | "MONEXT_CETELEM" | "MONEXT_CPAY")[]
processor?: string[]
/**
 * Three-letter ISO 4217 codes.
 */
currency_code?: string[]
/**
 * Only payments created at or after this time (ISO 8601).
 */
from_date?: string
/**
 * Only payments created at or before this time (ISO 8601).
 */
to_date?: string
/**
 * Only payments of this order (the client session's order ID).
 */
order_id?: string
/**
 * Smallest amount in minor units.
 */
min_amount?: number
/**
 * Largest amount in minor units.
 */
max_amount?: number
customer_id?: string[]
merchant_id?: string[]
customer_email_address?: string[]
last_4_digits?: string[]
paypal_email?: string[]
klarna_email?: string[]
}
export interface PaymentSummarySchema {
id: string
date: string
dateUpdated: string
status: ("PENDING" | "FAILED" | "AUTHORIZED" | "SETTLING" | "PARTIALLY_SETTLED" | "SETTLED" | "DECLINED" | "CANCELLED")
orderId: string
processor?: {
name: string
processorMerchantId?: string
[k: string]: unknown | undefined
}
currencyCode: string
amount: number
metadata?: {
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
export interface PaymentSchema {
id?: string
date?: string
dateUpdated?: string
status?: ("PENDING" | "FAILED" | "AUTHORIZED" | "SETTLING" | "PARTIALLY_SETTLED" | "SETTLED" | "DECLINED" | "CANCELLED")
cardTokenType?: ("CARD_PAN" | "NETWORK_TOKEN" | "PROCESSOR_TOKEN")
orderId?: string
currencyCode?: ("AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYR" | "BYN" | "BZD" | "CAD" | "CDF" | "CHE" | "CHF" | "CHW" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MKD" | "MMK" | "MNT" | "MOP" | "MRO" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SOS" | "SRD" | "SSP" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VND" | "VUV" | "WST" | "XAF" | "XAG" | "XAU" | "XBA" | "XBB" | "XBC" | "XBD" | "XCD" | "XDR" | "XFU" | "XOF" | "XPD" | "XPF" | "XPT" | "XSU" | "XTS" | "XUA" | "YER" | "ZAR" | "ZMW" | "ZWL")
amount?: number
order?: {
lineItems?: {
[k: string]: unknown | undefined
}[]
countryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
retailerCountryCode?: ("AW" | "AF" | "AO" | "AI" | "AX" | "AL" | "AD" | "AE" | "AR" | "AM" | "AS" | "AQ" | "TF" | "AG" | "AU" | "AT" | "AZ" | "BI" | "BE" | "BJ" | "BQ" | "BF" | "BD" | "BG" | "BH" | "BS" | "BA" | "BL" | "BY" | "BZ" | "BM" | "BO" | "BR" | "BB" | "BN" | "BT" | "BV" | "BW" | "CF" | "CA" | "CC" | "CH" | "CL" | "CN" | "CI" | "CM" | "CD" | "CG" | "CK" | "CO" | "KM" | "CV" | "CR" | "CU" | "CW" | "CX" | "KY" | "CY" | "CZ" | "DE" | "DJ" | "DM" | "DK" | "DO" | "DZ" | "EC" | "EG" | "ER" | "EH" | "ES" | "EE" | "ET" | "FI" | "FJ" | "FK" | "FR" | "FO" | "FM" | "GA" | "GB" | "GE" | "GG" | "GH" | "GI" | "GN" | "GP" | "GM" | "GW" | "GQ" | "GR" | "GD" | "GL" | "GT" | "GF" | "GU" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IM" | "IN" | "IO" | "IE" | "IR" | "IQ" | "IS" | "IL" | "IT" | "JM" | "JE" | "JO" | "JP" | "KZ" | "KE" | "KG" | "KH" | "KI" | "KN" | "KR" | "KW" | "LA" | "LB" | "LR" | "LY" | "LC" | "LI" | "LK" | "LS" | "LT" | "LU" | "LV" | "MO" | "MF" | "MA" | "MC" | "MD" | "MG" | "MV" | "MX" | "MH" | "MK" | "ML" | "MT" | "MM" | "ME" | "MN" | "MP" | "MZ" | "MR" | "MS" | "MQ" | "MU" | "MW" | "MY" | "YT" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NU" | "NL" | "NO" | "NP" | "NR" | "NZ" | "OM" | "PK" | "PA" | "PN" | "PE" | "PH" | "PW" | "PG" | "PL" | "PR" | "KP" | "PT" | "PY" | "PS" | "PF" | "QA" | "RE" | "RO" | "RU" | "RW" | "SA" | "SD" | "SN" | "SG" | "GS" | "SH" | "SJ" | "SB" | "SL" | "SV" | "SM" | "SO" | "PM" | "RS" | "SS" | "ST" | "SR" | "SK" | "SI" | "SE" | "SZ" | "SX" | "SC" | "SY" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TM" | "TL" | "TO" | "TT" | "TN" | "TR" | "TV" | "TW" | "TZ" | "UG" | "UA" | "UM" | "UY" | "US" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "ZA" | "ZM" | "ZW")
fees?: {
[k: string]: unknown | undefined
}[]
shipping?: {
amount?: number
methodId?: string
methodName?: string
methodDescription?: string
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
customerId?: string
customer?: {
emailAddress?: string
mobileNumber?: string
firstName?: string
lastName?: string
billingAddress?: {
firstName?: string
lastName?: string
addressLine1?: string
addressLine2?: string
city?: string
state?: string
countryCode?: string
postalCode?: string
[k: string]: unknown | undefined
}
shippingAddress?: {
firstName?: string
lastName?: string
addressLine1?: string
addressLine2?: string
city?: string
state?: string
countryCode?: string
postalCode?: string
[k: string]: unknown | undefined
}
taxId?: string
nationalDocumentId?: string
[k: string]: unknown | undefined
}
metadata?: {
[k: string]: unknown | undefined
}
paymentMethod?: {
descriptor?: string
paymentType?: ("FIRST_PAYMENT" | "ECOMMERCE" | "SUBSCRIPTION" | "UNSCHEDULED")
paymentMethodToken?: string
isVaulted?: boolean
analyticsId?: string
paymentMethodType?: ("PAYMENT_CARD" | "GOOGLE_PAY" | "APPLE_PAY" | "PAYPAL" | "BANK_ACCOUNT" | "KLARNA" | "APAYA" | "OPENNODE" | "HOOLAH" | "ATOME" | "COINBASE" | "NETS" | "TWOC2P" | "CLEARPAY" | "SHOPEEPAY" | "TRIPLE_A" | "AFTERPAY" | "NOL_PAY" | "PAY_NL_IDEAL" | "PAY_NL_BANCONTACT" | "PAY_NL_DIRECT_DEBIT" | "PAY_NL_SOFORT_BANKING" | "PAY_NL_PAYPAL" | "PAY_NL_PAYCONIQ" | "PAY_NL_GIROPAY" | "PAY_NL_P24" | "PAY_NL_EPS" | "PAY_NL_KAARTDIRECT" | "ADYEN_SOFORT" | "ADYEN_TWINT" | "ADYEN_GIROPAY" | "ADYEN_TRUSTLY" | "ADYEN_ALIPAY" | "ADYEN_MOBILEPAY" | "ADYEN_MULTIBANCO" | "ADYEN_VIPPS" | "ADYEN_DOTPAY" | "ADYEN_IDEAL" | "ADYEN_BLIK" | "ADYEN_PAYTRAIL" | "ADYEN_INTERAC" | "ADYEN_PAYSHOP" | "ADYEN_MBWAY" | "ADYEN_AFFIRM" | "ADYEN_KLARNA" | "ADYEN_BANCONTACT_PAYCONIQ" | "ADYEN_EPS" | "ADYEN_BANCONTACT_CARD" | "ADYEN_SWISH" | "MOLLIE_IDEAL" | "MOLLIE_BANCONTACT" | "MOLLIE_P24" | "MOLLIE_GIROPAY" | "MOLLIE_EPS" | "MOLLIE_GIFTCARD" | "MOLLIE_SOFORT" | "NETAXEPT_PAYTRAIL" | "BUCKAROO_IDEAL" | "BUCKAROO_BANCONTACT" | "BUCKAROO_SOFORT" | "BUCKAROO_GIROPAY" | "BUCKAROO_EPS" | "RAPYD_GCASH" | "RAPYD_PROMPTPAY" | "RAPYD_GRABPAY" | "RAPYD_POLI" | "RAPYD_FAST" | "XFERS_PAYNOW" | "STRIPE_GIROPAY" | "STRIPE_IDEAL" | "ALIPAY_CN" | "CHAI_KAKAOPAY" | "CHAI_NAVER" | "CHAI_TOSS" | "XENDIT_DANA" | "XENDIT_OVO" | "XENDIT_SHOPEEPAY" | "XENDIT_RETAIL_OUTLETS" | "OMISE_PROMPTPAY" | "OMISE_TRUEMONEY" | "EBANX_PAGOFACIL" | "PACYPAY_WECHAT" | "PACYPAY_ALIPAY" | "PACYPAY_ALIPAY_PLUS" | "WORLDPAY_IDEAL" | "IPAY88_CARD" | "INGENICO_PAYPAL" | "VOLT_PIX" | "VOLT_BANK_TRANSFER" | "BRAINTREE_VENMO" | "THUNES_SPIRIT_OF_CADEAU" | "THUNES_ILLICADO" | "THUNES_CARTE_CADEAU_CONFORAMA" | "THUNES_CHEQUE_FIDELITE_CONFORAMA" | "SIPS_CPAY" | "SIPS_CPAYCONFORAMA" | "MONEXT_CETELEM" | "MONEXT_CPAY")
paymentMethodData?: ({
first6Digits?: string
last4Digits: string
expirationMonth: string
expirationYear: string
cardholderName?: string
network?: string
isNetworkTokenized?: boolean
binData?: {
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | {
paypalOrderId: string
externalPayerInfo?: {
[k: string]: unknown | undefined
}
paypalStatus?: string
[k: string]: unknown | undefined
} | {
paypalBillingAgreementId: string
externalPayerInfo?: {
[k: string]: unknown | undefined
}
shippingAddress?: {
[k: string]: unknown | undefined
}
paypalStatus?: string
[k: string]: unknown | undefined
} | {
gocardlessMandateId: string
[k: string]: unknown | undefined
} | {
klarnaAuthorizationToken: string
sessionData: {
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | {
klarnaCustomerToken: string
sessionData: {
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
} | {
paymentMethodConfigId: string
[k: string]: unknown | undefined
} | {
mx: string
mnc?: number
mcc?: number
[k: string]: unknown | undefined
})
threeDSecureAuthentication?: {
responseCode: string
reasonCode?: string
reasonText?: string
protocolVersion?: string
challengeIssued?: boolean
[k: string]: unknown | undefined
}
authorizationType?: ("ESTIMATED" | "FINAL")
[k: string]: unknown | undefined
}
processor?: {
name?: string
processorMerchantId?: string
amountCaptured?: number
amountRefunded?: number
[k: string]: unknown | undefined
}
requiredAction?: {
name: ("3DS_AUTHENTICATION" | "USE_PRIMER_SDK" | "PAYMENT_METHOD_VOUCHER" | "PROCESSOR_3DS")
description: string
clientToken?: string
[k: string]: unknown | undefined
}
statusReason?: {
type: ("APPLICATION_ERROR" | "GATEWAY_REJECTED" | "GATEWAY_TIMEOUT" | "ISSUER_DECLINED")
declineType?: ("SOFT_DECLINE" | "HARD_DECLINE")
code?: ("ERROR" | "INVALID_CARD_NUMBER" | "EXPIRED_CARD" | "LOST_OR_STOLEN_CARD" | "SUSPECTED_FRAUD" | "UNKNOWN" | "DECLINED" | "REFER_TO_CARD_ISSUER" | "DO_NOT_HONOR" | "INSUFFICIENT_FUNDS" | "WITHDRAWAL_LIMIT_EXCEEDED" | "ISSUER_TEMPORARILY_UNAVAILABLE" | "AUTHENTICATION_REQUIRED")
message?: string
paymentMethodResultCode?: string
paymentMethodResultMessage?: string
paymentMethodAdviceCode?: string
paymentMethodAdviceMessage?: string
advisedAction?: ("RETRY_LATER" | "UPDATE_DATA" | "DO_NOT_RETRY" | "STOP_ALL_PAYMENTS")
[k: string]: unknown | undefined
}
transactions?: {
date: string
amount: number
currencyCode: string
orderId?: string
transactionType?: string
processorTransactionId?: string
processorName?: string
processorMerchantId: string
processorStatus?: string
processorStatusReason?: {
[k: string]: unknown | undefined
}
cardTokenType?: string
reason?: string
events?: unknown[]
[k: string]: unknown | undefined
}[]
riskData?: {
fraudChecks?: {
source?: string
preAuthorizationResult?: string
preAuthorizationRecommendation?: string
postAuthorizationResult?: string
[k: string]: unknown | undefined
}
cvvCheck?: {
source?: string
result?: string
[k: string]: unknown | undefined
}
avsCheck?: {
source?: string
result?: {
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
