-- Reply templates that team leads keep and agents reply with (see com.claimdesk.template). A template lists the
-- categories and sub-reasons it fits; one that lists none fits every case. Times are UTC.
CREATE TABLE reply_template (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    name          VARCHAR(120)  NOT NULL,
    language      VARCHAR(16)   NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    created_by_id BIGINT        NULL,
    updated_by_id BIGINT        NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_reply_template_name_language (name, language),
    CONSTRAINT fk_reply_template_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_reply_template_updated_by FOREIGN KEY (updated_by_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reply_template_category (
    template_id BIGINT      NOT NULL,
    category    VARCHAR(32) NOT NULL,
    PRIMARY KEY (template_id, category),
    CONSTRAINT fk_reply_template_category_template FOREIGN KEY (template_id) REFERENCES reply_template (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reply_template_sub_reason (
    template_id BIGINT      NOT NULL,
    sub_reason  VARCHAR(48) NOT NULL,
    PRIMARY KEY (template_id, sub_reason),
    CONSTRAINT fk_reply_template_sub_reason_template FOREIGN KEY (template_id) REFERENCES reply_template (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The starter set: eight situations the team answers every week, each in English and in Simplified Chinese under
-- one bilingual name, so a lead finds both versions together. Added by the system (no author); leads edit freely.
INSERT INTO reply_template (name, language, body, created_at, updated_at) VALUES
('Customs hold notice · 海关扣关通知', 'en',
'Dear {buyer.name},

Thank you for your patience with order {order.number}. We have checked your parcel ({shipment.carrier}, tracking number {shipment.trackingNumber}): it is currently held by {customs.office} for customs clearance.

This is a routine step for international shipments and does not mean that anything is wrong with your order. Customs may simply inspect the parcel, or they may need some information from you as the receiver, such as a copy of your ID, your tax or import number, or confirmation of the value of the goods.

To get your parcel moving again quickly:
1. Please look out for an email, text message or letter from {customs.office} or {shipment.carrier}, and answer it as soon as you can.
2. If they ask for the commercial invoice or any other document from us, just tell us and we will send it to you the same day.
3. If anything in the customs notice is unclear, send us a photo of it and we will explain what is needed.

Please do not wait too long: customs keep a parcel only for a limited time, and a parcel that is not cleared is sent back or destroyed.

We check the shipment every day and will let you know as soon as it is released.

Kind regards,
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Customs hold notice · 海关扣关通知', 'zh',
'尊敬的 {buyer.name}：

您好！感谢您对订单 {order.number} 的耐心等待。我们查询了您的包裹（{shipment.carrier}，运单号 {shipment.trackingNumber}），目前包裹正在 {customs.office} 办理清关。

这是国际包裹的常规环节，并不代表您的订单有问题。海关可能只是例行查验，也可能需要您作为收件人提供一些资料，例如身份证件复印件、税号或进口编号，或确认货物价值。

为了让包裹尽快放行，请您：
1. 留意 {customs.office} 或 {shipment.carrier} 发来的邮件、短信或信件，并尽快回复；
2. 如需我们提供商业发票或其他单据，请告诉我们，我们当天就发给您；
3. 如对海关通知的内容有疑问，可以拍照发给我们，我们会为您说明需要做什么。

请尽快处理：海关对包裹的保管时间有限，逾期未清关的包裹会被退回或销毁。

我们每天都在跟进物流状态，包裹一放行就第一时间通知您。

祝您生活愉快！
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Damage apology with a replacement offer · 货损致歉（免费补发）', 'en',
'Dear {buyer.name},

Thank you for the photos, and we are truly sorry that order {order.number} arrived damaged. This is not the experience we want you to have, and we will put it right.

Here is what we offer:
- We send you a replacement for the damaged items free of charge within 2 working days, and share the new tracking number as soon as it leaves our warehouse.
- You do not need to send the damaged goods back.

If you would rather not wait for a replacement, just tell us and we will refund the damaged items instead.

Please reply with the option you prefer and we will take care of the rest. We have also passed your photos to our packing team so that it does not happen again.

Kind regards,
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Damage apology with a replacement offer · 货损致歉（免费补发）', 'zh',
'尊敬的 {buyer.name}：

您好！感谢您发来的照片。订单 {order.number} 的商品在运输途中受损，我们深表歉意。这不是我们希望带给您的购物体验，我们一定会妥善解决。

我们的解决方案如下：
- 我们将在 2 个工作日内为您免费补发受损的商品，发货后第一时间告知您新的运单号；
- 受损的商品无需寄回。

如果您不想等待补发，也请告诉我们，我们可以改为退还受损商品的货款。

请回复您选择的方案，其余的事情交给我们处理。我们也已把您的照片转给包装团队，避免再次发生类似情况。

祝您生活愉快！
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Not received, still within normal transit time · 未收到货（仍在正常时效内）', 'en',
'Dear {buyer.name},

Thank you for your message about order {order.number}. We understand that waiting for a parcel is no fun, so we checked it for you right away.

Your parcel is on its way with {shipment.carrier} (tracking number {shipment.trackingNumber}) and is moving normally. With the usual transit time of {shipment.carrier} to your country, your order is expected by {shipment.promisedDeliveryOn}, so it is still on schedule.

You can follow it at any time on the {shipment.carrier} website with the tracking number above. While a parcel is on a flight or waiting for customs, the tracking sometimes does not change for a few days; this is normal.

We are keeping an eye on it too. If your parcel has not arrived by {shipment.promisedDeliveryOn}, please write to us and we will contact {shipment.carrier} immediately and find a solution for you.

Kind regards,
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Not received, still within normal transit time · 未收到货（仍在正常时效内）', 'zh',
'尊敬的 {buyer.name}：

您好！感谢您就订单 {order.number} 联系我们。我们理解等待包裹的心情，已第一时间为您查询。

您的包裹正由 {shipment.carrier} 运送（运单号 {shipment.trackingNumber}），物流状态正常。按照 {shipment.carrier} 寄往您所在国家的正常时效，您的订单预计在 {shipment.promisedDeliveryOn} 之前送达，目前仍在正常时间范围内。

您可以随时在 {shipment.carrier} 官网用上述运单号查询物流。包裹在航班运输或等待清关期间，物流信息有时几天都不更新，这属于正常现象。

我们也会持续跟进。如果到 {shipment.promisedDeliveryOn} 包裹仍未送达，请告诉我们，我们会立即联系 {shipment.carrier}，为您找到解决办法。

祝您生活愉快！
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Please wait two more days, then we reship · 请再等两天，未到即补发', 'en',
'Dear {buyer.name},

We are sorry that order {order.number} has still not reached you. It is taking longer than the usual transit time, and we understand how disappointing that is.

We have asked {shipment.carrier} to check the shipment (tracking number {shipment.trackingNumber}). Late parcels like this one very often turn up within a few days, for example after a hold-up at a sorting centre.

Here is our proposal: please allow two more days. If the parcel has not arrived and the tracking has not moved by then, we will send you a new one at our cost, without waiting for the carrier''s investigation, and give you the new tracking number the same day.

If the first parcel arrives in the meantime, please just let us know.

Thank you for your patience and understanding.

Kind regards,
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Please wait two more days, then we reship · 请再等两天，未到即补发', 'zh',
'尊敬的 {buyer.name}：

您好！很抱歉，您的订单 {order.number} 至今仍未送达，已经超过了正常的运输时效，我们完全理解您的失望。

我们已要求 {shipment.carrier} 核查这票货物（运单号 {shipment.trackingNumber}）。像这样延误的包裹，很多时候会在几天内恢复派送，例如在分拣中心滞留之后。

我们的建议是：请您再等两天。如果届时包裹仍未送达、物流信息也没有更新，我们将承担费用为您重新发货，无需等待物流公司的调查结果，并在当天把新的运单号发给您。

如果原包裹在此期间送到了，也请告诉我们一声。

感谢您的耐心与理解。

祝您生活愉快！
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Signer check · 签收人核实', 'en',
'Dear {buyer.name},

Thank you for contacting us about order {order.number}. We are sorry that you have not received it, and we will help you find it.

The tracking from {shipment.carrier} (tracking number {shipment.trackingNumber}) shows that the parcel was delivered and signed for, but by someone whose name is different from yours. Often this means that a person nearby accepted it for you. Could you please check:
- whether a family member, flatmate, neighbour or colleague took the parcel in;
- with the reception, front desk, mailroom or security of your building;
- that the delivery address on the order is complete, including the flat or unit number.

At the same time we have asked {shipment.carrier} for the proof of delivery (the signature and, where available, a photo and the location), and we will forward it to you as soon as we have it.

Please let us know what you find. If the parcel does not turn up, we will agree the next steps with you and the carrier.

Kind regards,
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Signer check · 签收人核实', 'zh',
'尊敬的 {buyer.name}：

您好！感谢您就订单 {order.number} 联系我们。很抱歉您还没有收到包裹，我们会协助您尽快找到它。

{shipment.carrier} 的物流信息（运单号 {shipment.trackingNumber}）显示包裹已经签收，但签收人的姓名与您的姓名不同。这种情况通常是身边的人替您代收了。麻烦您确认一下：
- 是否有家人、室友、邻居或同事代收了包裹；
- 所在楼宇的前台、收发室或保安处是否代收；
- 订单上的收货地址是否完整，包括门牌号或房间号。

同时，我们已向 {shipment.carrier} 申请签收证明（签名，以及可提供的照片和位置信息），收到后会第一时间转给您。

请把查找结果告诉我们。如果仍然找不到包裹，我们会与您和物流公司一起商定下一步的处理方案。

祝您生活愉快！
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Quality claim, first answer: photos or video · 质量问题首次回复（请提供照片或视频）', 'en',
'Dear {buyer.name},

Thank you for letting us know, and we are sorry that the product from order {order.number} is not as it should be. We want to solve this for you quickly.

To find the cause and offer you the right solution, could you please send us:
1. Clear photos or a short video showing the problem, from a few angles;
2. A photo of the product label with the model or serial number, if there is one;
3. Photos of the outer carton and the shipping label, if you still have the packaging;
4. A few words on when the problem appeared and how the product was used.

If the product does not work properly, a short video of it switched on or in use helps us most.

As soon as we have these, we will review them with our quality team and come back to you with a solution within one working day.

Kind regards,
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Quality claim, first answer: photos or video · 质量问题首次回复（请提供照片或视频）', 'zh',
'尊敬的 {buyer.name}：

您好！感谢您告诉我们这个情况。订单 {order.number} 的商品出现问题，我们非常抱歉，希望尽快为您解决。

为了查明原因并为您提供合适的解决方案，麻烦您提供以下资料：
1. 能清楚显示问题的照片或短视频，最好从几个不同角度拍摄；
2. 商品标签上型号或序列号的照片（如有）；
3. 外包装箱和快递面单的照片（如果包装还在）；
4. 简单说明问题是什么时候出现的，以及商品的使用情况。

如果商品无法正常工作，一段通电或使用过程的短视频对我们帮助最大。

收到资料后，我们会与质检团队一起核查，并在一个工作日内给您答复和解决方案。

祝您生活愉快！
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Negative feedback: ask for the reasons · 差评跟进（了解原因）', 'en',
'Dear {buyer.name},

Thank you for taking the time to leave feedback on order {order.number}. We are sorry that we did not meet your expectations this time.

Our team reads every review, and we would like to understand exactly what went wrong, so that we can make it right for you and do better for our other customers. Could you tell us a little more? For example:
- Was it the product itself, the delivery, or how we communicated with you?
- What had you expected instead?
- Is there anything we can still do for you now?

Photos of the product are very welcome, if you can send some.

We will answer within one working day of your reply.

Kind regards,
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Negative feedback: ask for the reasons · 差评跟进（了解原因）', 'zh',
'尊敬的 {buyer.name}：

您好！感谢您抽出时间对订单 {order.number} 作出评价。很抱歉这次没有达到您的期望。

我们团队会认真阅读每一条评价，希望了解问题具体出在哪里，以便为您妥善解决，也让其他顾客得到更好的服务。能否请您多告诉我们一些？例如：
- 问题出在商品本身、物流配送，还是我们与您的沟通？
- 您原本期望的是怎样的结果？
- 现在我们还能为您做些什么？

如方便，欢迎附上商品照片。

收到您的回复后，我们会在一个工作日内答复您。

祝您生活愉快！
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Thanks for positive feedback, with a coupon · 感谢好评（附优惠券）', 'en',
'Dear {buyer.name},

Thank you very much for your kind feedback on order {order.number}! It means a lot to our whole team, and we are glad that you are happy with your purchase.

As a thank-you for your trust, we have prepared a coupon worth {coupon.value} for your next order with us. It is valid for 90 days.

If you ever need help with your order or the product, just reply to this message and we will be happy to help.

Kind regards,
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),

('Thanks for positive feedback, with a coupon · 感谢好评（附优惠券）', 'zh',
'尊敬的 {buyer.name}：

您好！非常感谢您对订单 {order.number} 的好评！这对我们整个团队都是很大的鼓励，很高兴您对这次购物感到满意。

为感谢您的信任，我们为您准备了一张面值 {coupon.value} 的优惠券，可用于您在本店的下一笔订单，有效期 90 天。

今后如果订单或商品有任何需要帮助的地方，直接回复这条消息即可，我们随时乐意为您服务。

祝您生活愉快！
{agent.name}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

-- What each starter template fits; the thank-you lists nothing, because any case can end in positive feedback.
INSERT INTO reply_template_sub_reason (template_id, sub_reason)
SELECT id, 'CUSTOMS_INSPECTION' FROM reply_template WHERE name = 'Customs hold notice · 海关扣关通知';
INSERT INTO reply_template_sub_reason (template_id, sub_reason)
SELECT id, 'CUSTOMS_PAPERS_REQUIRED' FROM reply_template WHERE name = 'Customs hold notice · 海关扣关通知';
INSERT INTO reply_template_sub_reason (template_id, sub_reason)
SELECT id, 'CUSTOMS_NOT_CLEARED_BY_BUYER' FROM reply_template WHERE name = 'Customs hold notice · 海关扣关通知';
INSERT INTO reply_template_sub_reason (template_id, sub_reason)
SELECT id, 'DAMAGED_IN_TRANSIT' FROM reply_template
WHERE name = 'Damage apology with a replacement offer · 货损致歉（免费补发）';
INSERT INTO reply_template_sub_reason (template_id, sub_reason)
SELECT id, 'IN_TRANSIT_WITHIN_NORMAL_TIME' FROM reply_template
WHERE name = 'Not received, still within normal transit time · 未收到货（仍在正常时效内）';
INSERT INTO reply_template_sub_reason (template_id, sub_reason)
SELECT id, 'IN_TRANSIT_OVERDUE' FROM reply_template
WHERE name = 'Please wait two more days, then we reship · 请再等两天，未到即补发';
INSERT INTO reply_template_sub_reason (template_id, sub_reason)
SELECT id, 'SIGNED_BY_SOMEONE_ELSE' FROM reply_template WHERE name = 'Signer check · 签收人核实';

INSERT INTO reply_template_category (template_id, category)
SELECT id, 'QUALITY' FROM reply_template
WHERE name = 'Quality claim, first answer: photos or video · 质量问题首次回复（请提供照片或视频）';
INSERT INTO reply_template_category (template_id, category)
SELECT id, 'NEGATIVE_FEEDBACK' FROM reply_template WHERE name = 'Negative feedback: ask for the reasons · 差评跟进（了解原因）';
