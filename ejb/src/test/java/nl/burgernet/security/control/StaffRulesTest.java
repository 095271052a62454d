package nl.burgernet.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.burgernet.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class StaffRulesTest {

  @Test
  void user_names_are_compared_without_case_and_surrounding_blanks() {
    assertThat(UsernameRule.normalise("  Ambassadeur.Rotterdam "))
        .isEqualTo("ambassadeur.rotterdam");
  }

  @Test
  void a_new_user_name_is_plain_letters_digits_dots_dashes() {
    assertThat(UsernameRule.validNew("j.de-vries2")).isEqualTo("j.de-vries2");
    assertThatThrownBy(() -> UsernameRule.validNew("j de vries"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("staff.username.invalid");
    assertThatThrownBy(() -> UsernameRule.validNew("1abc"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_password_needs_twelve_characters() {
    assertThatThrownBy(() -> PasswordRule.check("anna", "kort-wachtw"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("staff.password.length");
    PasswordRule.check("anna", "lang-genoeg-wachtwoord");
  }

  @Test
  void a_password_may_not_be_the_user_name() {
    assertThatThrownBy(() -> PasswordRule.check("ambassadeur.rotterdam", "Ambassadeur.Rotterdam"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("staff.password.isUsername");
  }
}
