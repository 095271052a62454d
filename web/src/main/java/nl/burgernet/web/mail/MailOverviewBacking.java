package nl.burgernet.web.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.burgernet.mail.boundary.BurgernetMails;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.mail.entity.ReviewPolicy;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/burgernetmail/index.xhtml: the mails the caller may see, those waiting for the caller's
 * review first, and for the regional bureau the region's review policy.
 */
@Named("mailOverview")
@ViewScoped
public class MailOverviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BurgernetMails mails;

  @Inject private ReferenceData referenceData;

  @Inject private MailTexts texts;

  private transient List<BurgernetMail> latest;
  private transient List<BurgernetMail> toReview;
  private transient Map<Long, String> municipalityNames;
  private ReviewPolicy policy;

  public List<BurgernetMail> getLatest() {
    if (latest == null) {
      latest = mails.latest();
    }
    return latest;
  }

  /** Mails in review that the caller may approve or return. */
  public List<BurgernetMail> getToReview() {
    if (toReview == null) {
      toReview =
          getLatest().stream()
              .filter(mail -> mail.getStatus() == MailStatus.IN_REVIEW)
              .filter(mail -> mails.mayReview(mail.getId()))
              .toList();
    }
    return toReview;
  }

  public String municipality(Long id) {
    if (municipalityNames == null) {
      municipalityNames =
          referenceData.municipalities().stream()
              .collect(Collectors.toMap(Municipality::getId, Municipality::getName));
    }
    return municipalityNames.getOrDefault(id, "");
  }

  public ReviewPolicy getPolicy() {
    if (policy == null) {
      policy = mails.policy();
    }
    return policy;
  }

  public void setPolicy(ReviewPolicy policy) {
    this.policy = policy;
  }

  public List<ReviewPolicy> getPolicies() {
    return List.of(ReviewPolicy.values());
  }

  public void savePolicy() {
    mails.changePolicy(policy);
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "mail.policy.saved", texts.policy(policy)));
  }

  /** For the select of policies. */
  public Map<String, ReviewPolicy> getPolicyItems() {
    return getPolicies().stream()
        .collect(
            Collectors.toMap(texts::policy, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
