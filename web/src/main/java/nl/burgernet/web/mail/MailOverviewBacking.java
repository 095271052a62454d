package nl.burgernet.web.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.burgernet.mail.boundary.BurgernetMails;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.mail.entity.ReviewPolicy;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.web.faces.Messages;
import nl.burgernet.web.report.MarapFilter;

/**
 * /portal/burgernetmail/index.xhtml: the mails the caller may see, those waiting for the caller's
 * review first, and for the regional bureau the region's review policy. With a region in the link
 * (regio, optionally gemeente, van and tot as yyyy-MM, in {@link MarapFilter}; soort) the list is
 * the mails sent to that area in those months, as a MARAP figure counts them.
 */
@Named("mailOverview")
@ViewScoped
public class MailOverviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BurgernetMails mails;

  @Inject private ReferenceData referenceData;

  @Inject private MailTexts texts;

  /** The area and months of a MARAP link, read as the MARAP pages read them. */
  @Inject private MarapFilter filter;

  private transient List<BurgernetMail> latest;
  private transient List<BurgernetMail> toReview;
  private transient Map<Long, String> municipalityNames;
  private ReviewPolicy policy;

  private Boolean countsOpens;

  private MailKind kind;

  /** The mails sent to the area of the link, or else the latest. */
  public List<BurgernetMail> getLatest() {
    if (latest == null) {
      latest =
          isSentInPeriod()
              ? mails.sent(
                  filter.getRegionId(),
                  filter.getMunicipalityId(),
                  filter.period(),
                  Optional.ofNullable(kind))
              : mails.latest();
    }
    return latest;
  }

  /** Whether the link asks for the mails sent to an area in a period. */
  public boolean isSentInPeriod() {
    return filter.getRegionId() != null;
  }

  /** Mails in review that the caller may approve or return. */
  public List<BurgernetMail> getToReview() {
    if (toReview == null) {
      toReview =
          mails.latest().stream()
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

  public MailKind getKind() {
    return kind;
  }

  public void setKind(MailKind kind) {
    this.kind = kind;
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

  /** Whether the region counts opens of its mails; asked once per view. */
  public Boolean getCountsOpens() {
    if (countsOpens == null) {
      countsOpens = mails.countsOpens();
    }
    return countsOpens;
  }

  public void setCountsOpens(Boolean countsOpens) {
    this.countsOpens = countsOpens;
  }

  public void saveOpenCounting() {
    mails.changeOpenCounting(countsOpens);
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(
        context,
        Messages.text(context, countsOpens ? "mail.opens.saved.on" : "mail.opens.saved.off"));
  }

  /** For the select of open counting: off first, as it is the default. */
  public Map<String, Boolean> getOpenCountingItems() {
    FacesContext context = FacesContext.getCurrentInstance();
    Map<String, Boolean> items = new LinkedHashMap<>();
    items.put(Messages.text(context, "mail.opens.off"), Boolean.FALSE);
    items.put(Messages.text(context, "mail.opens.on"), Boolean.TRUE);
    return items;
  }
}
