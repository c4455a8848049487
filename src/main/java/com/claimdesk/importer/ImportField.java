package com.claimdesk.importer;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static com.claimdesk.importer.ImportKind.COMPLAINTS;
import static com.claimdesk.importer.ImportKind.ORDERS;

/**
 * The fields a column can be matched to, with the header names (English and Chinese, as platforms and ERPs label
 * them) that suggest the match. The label is {@code enum.ImportField.<NAME>}.
 */
public enum ImportField {
    MARKETPLACE(EnumSet.of(ORDERS, COMPLAINTS), "marketplace", "marketplace", "platform", "channel", "平台", "销售平台", "渠道"),
    ORDER_NUMBER(EnumSet.of(ORDERS, COMPLAINTS), "orderNumber", "order number", "order no", "order id", "order",
            "order#", "订单号", "订单编号", "订单id", "订单"),
    DISPUTE_ID(EnumSet.of(COMPLAINTS), null, "dispute id", "dispute no", "dispute number", "case id", "claim id",
            "纠纷号", "纠纷编号", "纠纷id", "投诉编号"),
    ORDER_DATE(EnumSet.of(ORDERS, COMPLAINTS), "orderDate", "order date", "ordered on", "order time", "date",
            "下单时间", "下单日期", "订单日期", "订单时间"),
    ORDER_VALUE(EnumSet.of(ORDERS, COMPLAINTS), "orderValue", "order value", "order total", "order amount", "total",
            "amount", "订单金额", "订单总额", "金额", "实付金额"),
    CURRENCY(EnumSet.of(ORDERS, COMPLAINTS), "currency", "currency", "币种", "货币"),
    SHIPPING_COST(EnumSet.of(ORDERS, COMPLAINTS), "shippingCost", "shipping cost", "shipping", "freight", "运费"),
    BUYER_NAME(EnumSet.of(ORDERS, COMPLAINTS), "buyerName", "buyer name", "buyer", "customer", "customer name",
            "买家", "买家姓名", "买家名称", "客户", "客户名称", "收货人"),
    BUYER_COUNTRY(EnumSet.of(ORDERS, COMPLAINTS), "buyerCountry", "buyer country", "country", "ship to country",
            "国家", "买家国家", "收货国家"),
    BUYER_EMAIL(EnumSet.of(ORDERS, COMPLAINTS), "buyerEmail", "buyer email", "email", "e-mail", "邮箱", "买家邮箱",
            "电子邮件"),
    BUYER_ACCOUNT(EnumSet.of(ORDERS, COMPLAINTS), "buyerAccount", "buyer account", "buyer id", "buyer account id",
            "member id", "customer id", "买家账号", "买家ID", "会员ID", "会员名"),
    BUYER_LANGUAGE(EnumSet.of(ORDERS, COMPLAINTS), "buyerLanguage", "buyer language", "language", "语言", "买家语言"),
    ORDER_ITEMS(EnumSet.of(ORDERS, COMPLAINTS), "orderItems", "items", "order items", "products", "product",
            "商品", "商品名称", "产品", "产品名称"),
    DELIVERY_ADDRESS(EnumSet.of(ORDERS, COMPLAINTS), "deliveryAddress", "delivery address", "shipping address",
            "address", "收货地址", "地址"),
    CARRIER(EnumSet.of(ORDERS, COMPLAINTS), "carrier", "carrier", "logistics", "logistics company", "物流公司",
            "承运商", "物流"),
    TRACKING_NUMBER(EnumSet.of(ORDERS, COMPLAINTS), "trackingNumber", "tracking number", "tracking no", "tracking",
            "waybill", "运单号", "物流单号", "追踪号", "跟踪号"),
    SHIPPED_ON(EnumSet.of(ORDERS, COMPLAINTS), "shippedOn", "shipped on", "ship date", "shipping date", "shipped",
            "发货日期", "发货时间"),
    PROMISED_DELIVERY_ON(EnumSet.of(ORDERS, COMPLAINTS), "promisedDeliveryOn", "promised delivery",
            "promised delivery date", "delivery deadline", "承诺交期", "承诺交货日期", "承诺送达日期"),
    DELIVERED_ON(EnumSet.of(ORDERS, COMPLAINTS), "deliveredOn", "delivered on", "delivery date", "delivered",
            "签收日期", "签收时间", "妥投日期"),
    SIGNER_NAME(EnumSet.of(ORDERS, COMPLAINTS), "signerName", "signer", "signed by", "签收人"),
    CATEGORY(EnumSet.of(COMPLAINTS), "category", "category", "complaint type", "dispute type", "类别", "纠纷类型",
            "问题类型", "投诉类型"),
    SUB_REASON(EnumSet.of(COMPLAINTS), "subReason", "sub-reason", "sub reason", "reason", "dispute reason",
            "原因", "纠纷原因", "投诉原因"),
    PRIORITY(EnumSet.of(COMPLAINTS), "priority", "priority", "优先级"),
    CLAIMED_AMOUNT(EnumSet.of(COMPLAINTS), "claimedAmount", "claimed amount", "claimed", "refund amount",
            "requested refund", "索赔金额", "退款金额", "申请退款金额"),
    SUMMARY(EnumSet.of(COMPLAINTS), "summary", "summary", "description", "dispute description", "描述", "说明",
            "纠纷描述", "问题描述"),
    TAGS(EnumSet.of(COMPLAINTS), "tags", "tags", "labels", "标签");

    private final Set<ImportKind> kinds;
    private final String property;
    private final List<String> headers;

    ImportField(Set<ImportKind> kinds, String property, String... headers) {
        this.kinds = kinds;
        this.property = property;
        this.headers = List.of(headers).stream().map(ImportField::normalize).toList();
    }

    public boolean appliesTo(ImportKind kind) {
        return kinds.contains(kind);
    }

    /** The fields a file of this kind can fill, in form order. */
    public static List<ImportField> of(ImportKind kind) {
        return java.util.Arrays.stream(values()).filter(f -> f.appliesTo(kind)).toList();
    }

    /** The bean property a validation message names, to say which field it is about. */
    static Optional<ImportField> byProperty(String property, ImportKind kind) {
        if ("orderCurrency".equals(property) || "claimedCurrency".equals(property)) {
            return Optional.of(CURRENCY);
        }
        return java.util.Arrays.stream(values()).filter(f -> f.appliesTo(kind) && f.property != null
                && f.property.equals(property)).findFirst();
    }

    /** The field that fills a value object's component of this name (the same name in both). */
    static Optional<ImportField> forProperty(String property) {
        return java.util.Arrays.stream(values()).filter(f -> property.equals(f.property)).findFirst();
    }

    /** The field a column header suggests, if any. */
    static Optional<ImportField> guess(String header, ImportKind kind) {
        String h = normalize(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        return java.util.Arrays.stream(values()).filter(f -> f.appliesTo(kind) && f.headers.contains(h)).findFirst();
    }

    /** Case, width, spaces and punctuation do not matter: "Order_No." and "ORDER NO" and "ｏｒｄｅｒ ｎｏ" match. */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Punct}（）：、，。]+", "");
    }
}
