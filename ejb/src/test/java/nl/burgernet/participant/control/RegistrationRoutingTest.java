package nl.burgernet.participant.control;

import static org.assertj.core.api.Assertions.assertThat;

import nl.burgernet.participant.control.RegistrationRouting.Facts;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.QueueReason;
import org.junit.jupiter.api.Test;

class RegistrationRoutingTest {

  @Test
  void complete_unique_and_located_waits_for_the_confirmation_mail() {
    assertThat(RegistrationRouting.route(new Facts(false, false, false, true, true, true, true)))
        .isEqualTo(new Routing(ParticipantStatus.AWAITING_CONFIRMATION, null));
  }

  @Test
  void the_same_phone_as_someone_else_goes_to_quarantine_whatever_else_is_true() {
    assertThat(RegistrationRouting.route(new Facts(true, false, false, false, false, false, true)))
        .isEqualTo(new Routing(ParticipantStatus.QUARANTINE, QueueReason.DUPLICATE_PHONE));
  }

  @Test
  void one_of_a_burst_from_one_source_goes_to_quarantine_even_when_all_else_is_fine() {
    assertThat(RegistrationRouting.route(new Facts(false, false, true, true, true, true, true)))
        .isEqualTo(new Routing(ParticipantStatus.QUARANTINE, QueueReason.SUSPICIOUS_BURST));
  }

  @Test
  void the_same_e_mail_as_someone_else_goes_to_quarantine() {
    assertThat(RegistrationRouting.route(new Facts(false, true, false, true, true, true, true)))
        .isEqualTo(new Routing(ParticipantStatus.QUARANTINE, QueueReason.DUPLICATE_EMAIL));
  }

  @Test
  void an_address_that_is_not_found_goes_to_verification() {
    assertThat(RegistrationRouting.route(new Facts(false, false, false, false, true, true, true)))
        .isEqualTo(new Routing(ParticipantStatus.VERIFICATION, QueueReason.ADDRESS_NOT_FOUND));
  }

  @Test
  void an_incomplete_address_goes_to_verification() {
    assertThat(RegistrationRouting.route(new Facts(false, false, false, true, false, true, true)))
        .isEqualTo(new Routing(ParticipantStatus.VERIFICATION, QueueReason.INCOMPLETE));
  }

  @Test
  void without_e_mail_a_mobile_number_confirms_by_code() {
    assertThat(RegistrationRouting.route(new Facts(false, false, false, true, true, false, true)))
        .isEqualTo(new Routing(ParticipantStatus.AWAITING_CONFIRMATION, null));
  }

  @Test
  void with_only_a_landline_there_is_nothing_to_confirm_with_so_a_person_verifies() {
    assertThat(RegistrationRouting.route(new Facts(false, false, false, true, true, false, false)))
        .isEqualTo(new Routing(ParticipantStatus.VERIFICATION, QueueReason.NO_EMAIL));
  }
}
