package com.claimdesk.complaint.ui;

import com.claimdesk.KaribuTest;
import com.claimdesk.TestFields;
import com.claimdesk.base.Buyer;
import com.claimdesk.base.Shipment;
import com.claimdesk.complaint.ComplaintDetails;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The form binds the buyer's and the shipment's fields to their value objects, with those objects' rules. */
class ComplaintFormTest extends KaribuTest {

    private ComplaintForm newCaseForm() {
        login("agent");
        navigate("cases/new");
        return _get(ComplaintForm.class);
    }

    @Test
    void the_buyer_and_the_shipment_are_written_as_whole_value_objects_and_read_back() {
        var f = newCaseForm();
        NewComplaintViewTest.fillValid(f);
        TestFields.set(f.buyerEmail, "olivia@example.com");
        TestFields.set(f.deliveryAddress, "1 High Street, York");
        TestFields.set(f.carrier, " Royal Mail ");
        TestFields.set(f.trackingNumber, "RM123GB");
        TestFields.set(f.shippedOn, LocalDate.now().minusDays(18));
        TestFields.set(f.signerName, "  ");

        var written = new ComplaintDetails();
        assertThat(f.write(written)).isEmpty();
        assertThat(written.getBuyer()).isEqualTo(new Buyer("Olivia Brown", "GB", "olivia@example.com", "en"));
        assertThat(written.getShipment()).isEqualTo(new Shipment("1 High Street, York", "Royal Mail", "RM123GB",
                LocalDate.now().minusDays(18), null, null, null));

        f.read(new ComplaintDetails());
        assertThat(f.carrier.getValue()).isEmpty();
        f.read(written);
        assertThat(f.carrier.getValue()).isEqualTo("Royal Mail");
        assertThat(f.buyerEmail.getValue()).isEqualTo("olivia@example.com");
        assertThat(f.hasChanges()).isFalse();
        TestFields.set(f.trackingNumber, "RM124GB");
        assertThat(f.hasChanges()).as("a shipment field counts as a change of the form").isTrue();
    }

    @Test
    void a_case_needs_the_buyers_language_though_an_order_may_lack_it() {
        var f = newCaseForm();
        NewComplaintViewTest.fillValid(f);
        TestFields.set(f.buyerLanguage, null);
        _click(_get(Button.class, s -> s.withId("save-case")));
        assertThat(f.buyerLanguage.isInvalid()).isTrue();
        assertThat(f.buyerLanguage.getErrorMessage()).isEqualTo("Required.");
        assertThat(f.buyerLanguage.isRequiredIndicatorVisible()).isTrue();
        assertThat(_get(NewComplaintView.class)).as("nothing opened").isNotNull();
    }

    @Test
    void the_shipments_own_field_rules_mark_its_fields_and_nothing_is_written() {
        var f = newCaseForm();
        NewComplaintViewTest.fillValid(f);
        TestFields.set(f.carrier, "c".repeat(65));
        var target = new ComplaintDetails();
        assertThat(f.write(target)).hasValue("Please correct the highlighted fields.");
        assertThat(f.carrier.isInvalid()).isTrue();
        assertThat(f.carrier.getErrorMessage()).isEqualTo("Too long: at most 64 characters.");
        assertThat(target.getBuyer()).as("an invalid form writes nothing").isEqualTo(new ComplaintDetails().getBuyer());
        assertThat(target.getOrderNumber()).isEmpty();
    }

    @Test
    void a_save_refused_by_a_rule_of_the_case_keeps_the_typed_shipment_as_a_change() {
        var f = newCaseForm();
        NewComplaintViewTest.fillValid(f);
        var saved = new ComplaintDetails();
        assertThat(f.write(saved)).isEmpty();
        f.read(saved);
        assertThat(f.hasChanges()).isFalse();
        TestFields.set(f.shippedOn, LocalDate.now().minusDays(5));
        TestFields.set(f.deliveredOn, LocalDate.now().minusDays(8));
        assertThat(f.write(new ComplaintDetails()))
                .hasValue("The delivery date cannot be before the shipping date.");
        // the case page reloads an unchanged form when a deadline moves the case: this one must not be reloaded
        assertThat(f.hasChanges()).isTrue();
    }
}
