package com.claimdesk.complaint.ui;

import com.claimdesk.base.ui.CurrencyField;
import com.claimdesk.base.Buyer;
import com.claimdesk.base.Shipment;
import com.claimdesk.base.ValueObjects;
import com.claimdesk.base.ui.Labels;
import com.claimdesk.complaint.Category;
import com.claimdesk.complaint.ComplaintDetails;
import com.claimdesk.complaint.Marketplace;
import com.claimdesk.complaint.Priority;
import com.claimdesk.complaint.SubReason;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a case, grouped as the team thinks of them: order, buyer, complaint, shipment. Bean Validation on
 * {@link ComplaintDetails} and on the {@link Buyer} and {@link Shipment} value objects drives the messages: a binder
 * each, the value objects' binding their fields by name, so a new component needs only its field here. The
 * cross-field rules (sub-reason of the category, shipping after the order, delivery after shipping) are the same
 * methods the server checks.
 */
public class ComplaintForm extends VerticalLayout {

    private final transient java.time.Clock clock;

    static final List<String> BUYER_LANGUAGES = List.of("en", "es", "fr", "de", "it", "pt", "nl", "pl", "ru", "tr",
            "ar", "he", "ja", "ko", "zh", "th", "vi", "id", "ms", "sv");

    private final BeanValidationBinder<ComplaintDetails> binder = new BeanValidationBinder<>(ComplaintDetails.class);
    private final BeanValidationBinder<Buyer> buyerBinder = new BeanValidationBinder<>(Buyer.class);
    private final BeanValidationBinder<Shipment> shipmentBinder = new BeanValidationBinder<>(Shipment.class);
    /** Every field by its property name (its id without "field-"), for binding the case's own by name. */
    private final Map<String, HasValue<?, ?>> fieldsByProperty = new LinkedHashMap<>();
    /**
     * A buyer or shipment field changed since the form last read the case. Kept here, not by the record binders:
     * their writeRecord forgets the changes even when the save then fails on a rule of the case.
     */
    private boolean factsChanged;

    public final ComboBox<Marketplace> marketplace = new ComboBox<>();
    public final TextField orderNumber = new TextField();
    public final DatePicker orderDate = new DatePicker();
    public final BigDecimalField orderValue = new BigDecimalField();
    public final CurrencyField orderCurrency;
    public final BigDecimalField shippingCost = new BigDecimalField();
    public final TextField buyerName = new TextField();
    public final ComboBox<String> buyerCountry = new ComboBox<>();
    public final EmailField buyerEmail = new EmailField();
    public final TextField buyerAccount = new TextField();
    public final ComboBox<String> buyerLanguage = new ComboBox<>();
    public final ComboBox<Category> category = new ComboBox<>();
    public final ComboBox<SubReason> subReason = new ComboBox<>();
    public final ComboBox<Priority> priority = new ComboBox<>();
    public final BigDecimalField claimedAmount = new BigDecimalField();
    public final CurrencyField claimedCurrency;
    public final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    public final TextArea summary = new TextArea();
    public final TextArea orderItems = new TextArea();
    public final TextField sku = new TextField();
    public final TextArea deliveryAddress = new TextArea();
    public final TextField carrier = new TextField();
    public final TextField trackingNumber = new TextField();
    public final DatePicker shippedOn = new DatePicker();
    public final DatePicker promisedDeliveryOn = new DatePicker();
    public final DatePicker deliveredOn = new DatePicker();
    public final TextField signerName = new TextField();

    /** @param currencies the currencies amounts may be in: the team's (TeamSettingsService#currencies) */
    /** @param clock the application's clock: "today" in the viewer's zone bounds the order date */
    public ComplaintForm(Collection<String> currencies, java.time.Clock clock) {
        this.clock = clock;
        orderCurrency = new CurrencyField(currencies);
        claimedCurrency = new CurrencyField(currencies);
        setPadding(false);
        configureFields();
        bind();
        add(section("form.section.complaint", category, subReason, priority, claimedAmount, claimedCurrency, tags, summary),
                section("form.section.order", marketplace, orderNumber, orderDate, orderValue, orderCurrency, shippingCost,
                        sku, orderItems),
                section("form.section.buyer", buyerName, buyerAccount, buyerCountry, buyerEmail, buyerLanguage, deliveryAddress),
                section("form.section.shipment", carrier, trackingNumber, shippedOn, promisedDeliveryOn, deliveredOn,
                        signerName));
    }

    private Component section(String titleKey, Component... fields) {
        var form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("56em", 3));
        form.setColspan(summary, 3);
        form.setColspan(orderItems, 3);
        form.setColspan(deliveryAddress, 2);
        var title = new H3(getTranslation(titleKey));
        title.addClassName("cd-form-section-title");
        var section = new VerticalLayout(title, form);
        section.setPadding(false);
        section.setSpacing(false);
        section.addClassName("cd-form-section");
        return section;
    }

    private void configureFields() {
        Locale locale = getLocale();
        label(marketplace, "complaint.marketplace", "marketplace");
        marketplace.setItems(Marketplace.values());
        marketplace.setItemLabelGenerator(Labels::of);
        label(orderNumber, "complaint.orderNumber", "orderNumber");
        orderNumber.setMaxLength(64);
        label(orderDate, "complaint.orderDate", "orderDate");
        orderDate.setMax(LocalDate.now(clock.withZone(com.claimdesk.base.ui.Formats.zone())));
        label(orderValue, "complaint.orderValue", "orderValue");
        label(orderCurrency, "complaint.currency", "orderCurrency");
        label(shippingCost, "complaint.shippingCost", "shippingCost");

        label(buyerName, "complaint.buyerName", "buyerName");
        buyerName.setMaxLength(120);
        label(buyerCountry, "complaint.buyerCountry", "buyerCountry");
        buyerCountry.setItems(countriesSortedFor(locale));
        buyerCountry.setItemLabelGenerator(c -> Labels.country(c) + " (" + c + ")");
        label(buyerEmail, "complaint.buyerEmail", "buyerEmail");
        label(buyerAccount, "complaint.buyerAccount", "buyerAccount");
        buyerAccount.setMaxLength(64);
        buyerAccount.setHelperText(getTranslation("complaint.buyerAccount.helper"));
        label(buyerLanguage, "complaint.buyerLanguage", "buyerLanguage");
        buyerLanguage.setItems(BUYER_LANGUAGES);
        buyerLanguage.setItemLabelGenerator(Labels::language);

        label(category, "complaint.category", "category");
        category.setItems(Category.values());
        category.setItemLabelGenerator(Labels::of);
        label(subReason, "complaint.subReason", "subReason");
        subReason.setItemLabelGenerator(Labels::of);
        subReason.setEnabled(false);
        category.addValueChangeListener(e -> {
            Category c = e.getValue();
            SubReason before = subReason.getValue();
            subReason.setItems(c == null ? List.of() : c.subReasons());
            subReason.setEnabled(c != null);
            subReason.setValue(before != null && before.category() == c ? before : null);
        });
        label(priority, "complaint.priority", "priority");
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Labels::of);
        label(claimedAmount, "complaint.claimedAmount", "claimedAmount");
        label(claimedCurrency, "complaint.currency", "claimedCurrency");
        label(tags, "complaint.tags", "tags");
        tags.setAllowCustomValue(true);
        tags.setItems(List.of("chargeback-risk", "repeat-buyer", "vip", "sample", "customs", "photo-evidence"));
        tags.addCustomValueSetListener(e -> {
            var values = new LinkedHashSet<>(tags.getValue());
            values.add(ComplaintDetails.normalizeTag(e.getDetail()));
            var items = new LinkedHashSet<>(tags.getListDataView().getItems().toList());
            items.addAll(values);
            tags.setItems(items);
            tags.setValue(values);
        });
        label(summary, "complaint.summary", "summary");
        summary.setMaxLength(4000);
        label(sku, "complaint.sku", "sku");
        sku.setMaxLength(64);
        sku.setPlaceholder(getTranslation("complaint.sku.placeholder"));
        label(orderItems, "complaint.orderItems", "orderItems");
        orderItems.setMaxLength(1000);
        orderItems.setPlaceholder(getTranslation("complaint.orderItems.placeholder"));
        label(deliveryAddress, "complaint.deliveryAddress", "deliveryAddress");
        deliveryAddress.setMaxLength(500);

        label(carrier, "complaint.carrier", "carrier");
        label(trackingNumber, "complaint.trackingNumber", "trackingNumber");
        label(shippedOn, "complaint.shippedOn", "shippedOn");
        label(promisedDeliveryOn, "complaint.promisedDeliveryOn", "promisedDeliveryOn");
        label(deliveredOn, "complaint.deliveredOn", "deliveredOn");
        label(signerName, "complaint.signerName", "signerName");
    }

    private static final java.util.Map<Locale, List<String>> COUNTRIES = new java.util.concurrent.ConcurrentHashMap<>();

    /** ISO country codes sorted by their name in the viewer's language; computed once per language. */
    private static List<String> countriesSortedFor(Locale locale) {
        return COUNTRIES.computeIfAbsent(locale, l -> {
            var collator = java.text.Collator.getInstance(l);
            return Arrays.stream(Locale.getISOCountries())
                    .sorted(Comparator.comparing(c -> Locale.of("", c).getDisplayCountry(l), collator)).toList();
        });
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key, String id) {
        field.setLabel(getTranslation(key));
        ((Component) field).setId("field-" + id);
        fieldsByProperty.put(id, (HasValue<?, ?>) field);
    }

    private void bind() {
        // mark @NotBlank fields as required too, not only @NotNull / @NotEmpty ones
        var required = com.vaadin.flow.data.binder.RequiredFieldConfigurator.DEFAULT.chain((annotation, type) ->
                annotation.annotationType() == jakarta.validation.constraints.NotBlank.class);
        for (var b : List.of(binder, buyerBinder, shipmentBinder)) {
            b.setRequiredConfigurator(required);
        }
        // a case needs the buyer's language (Buyer.OnACase); the record's own rules do not ask for it
        buyerBinder.forField(buyerLanguage).asRequired(getTranslation("field.required")).bind("buyerLanguage");
        buyerBinder.bindInstanceFields(this);
        shipmentBinder.bindInstanceFields(this);
        buyerBinder.addValueChangeListener(e -> factsChanged = true);
        shipmentBinder.addValueChangeListener(e -> factsChanged = true);
        binder.forField(tags).bind(ComplaintDetails::getTags, ComplaintDetails::setTags);
        // the case's own and the order's fields by name: not bindInstanceFields, which would also bind the buyer's
        // and the shipment's fields to ComplaintDetails' read-only shortcuts (getBuyerName...)
        fieldsByProperty.forEach((property, field) -> {
            if (field != tags && buyerBinder.getBinding(property).isEmpty()
                    && shipmentBinder.getBinding(property).isEmpty()) {
                binder.bind(field, property);
            }
        });
        // cross-field rules: the same methods the server validates (@AssertTrue on ComplaintDetails and Shipment)
        binder.withValidator(ComplaintDetails::isSubReasonOfCategory, getTranslation("complaint.subReason.mismatch"));
        binder.withValidator(ComplaintDetails::isShippedAfterOrder, getTranslation("complaint.shipment.shippedBeforeOrder"));
        binder.withValidator(d -> d.getShipment().isDeliveredAfterShipped(),
                getTranslation("complaint.shipment.deliveredBeforeShipped"));
    }

    /** Whether the user changed a field since the form last read the case. */
    public boolean hasChanges() {
        return binder.hasChanges() || factsChanged;
    }

    public void read(ComplaintDetails details) {
        if (details.getCategory() != null) {
            subReason.setItems(details.getCategory().subReasons());
            subReason.setEnabled(true);
        }
        binder.readBean(details);
        buyerBinder.readRecord(details.getBuyer());
        shipmentBinder.readRecord(details.getShipment());
        factsChanged = false;
    }

    /**
     * Writes the fields into {@code target}; returns the first bean-level message when a cross-field rule fails,
     * empty when everything is valid. Field messages show at the fields themselves; nothing is written unless all
     * is valid.
     */
    public Optional<String> write(ComplaintDetails target) {
        int fieldErrors = binder.validate().getFieldValidationErrors().size()
                + buyerBinder.validate().getFieldValidationErrors().size()
                + shipmentBinder.validate().getFieldValidationErrors().size();
        if (fieldErrors > 0) {
            return Optional.of(getTranslation("form.fixErrors", fieldErrors));
        }
        Buyer buyerBefore = target.getBuyer();
        Shipment shipmentBefore = target.getShipment();
        try {
            // the records first: the case's cross-field rules look at them
            target.setBuyer(buyerBinder.writeRecord());
            target.setShipment(shipmentBinder.writeRecord());
            binder.writeBean(target);
            factsChanged = false;
            return Optional.empty();
        } catch (ValidationException e) {
            target.setBuyer(buyerBefore);
            target.setShipment(shipmentBefore);
            if (!e.getBeanValidationErrors().isEmpty()) {
                return Optional.of(e.getBeanValidationErrors().getFirst().getErrorMessage());
            }
            return Optional.of(getTranslation("form.fixErrors", e.getFieldValidationErrors().size()));
        }
    }

    /** The fields as they are now, valid or not (for merging with a known order while the agent types). */
    void writeUnchecked(ComplaintDetails target) {
        binder.writeBeanAsDraft(target, true);
        target.setBuyer(draft(buyerBinder, Buyer.NONE));
        target.setShipment(draft(shipmentBinder, Shipment.NONE));
    }

    /** A value object from its fields' values as they are, valid or not. */
    private static <R extends Record> R draft(Binder<R> records, R none) {
        return ValueObjects.with(none, name -> records.getBinding(name).map(b -> b.getField().getValue()));
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        buyerBinder.setReadOnly(readOnly);
        shipmentBinder.setReadOnly(readOnly);
    }
}
