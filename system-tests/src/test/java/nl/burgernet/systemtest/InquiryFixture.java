package nl.burgernet.systemtest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.delivery.entity.Delivery;
import nl.burgernet.mail.control.MailDispatch;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.InquiryQuestion;
import nl.burgernet.mail.entity.InquiryQuestionKind;
import nl.burgernet.mail.entity.MailContent;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailOrigin;
import nl.burgernet.mail.entity.ReviewPolicy;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.control.PasswordHashing;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;

/**
 * A Digitaal Buurtonderzoek as the investigating officer leaves it after review, handed to the
 * delivery pipeline inside the application; and what the pipeline made of its follow-up.
 */
@Stateless
@ScopeFiltered
@SystemScope
public class InquiryFixture {

  static final String OFFICER = "rechercheur";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private MailDispatch dispatch;

  @Inject private Clock clock;

  @Inject private PasswordHashing hashing;

  /** The officer's approved inquiry to the municipality, with four questions, sent now. */
  public long sentInquiry(String municipalityName, String subject) {
    Municipality municipality = municipality(municipalityName);
    Instant now = clock.instant();
    BurgernetMail mail =
        new BurgernetMail(
            MailKind.NEIGHBOURHOOD_INQUIRY,
            MailOrigin.POLICE,
            new MailContent(
                subject,
                "<p>Beste {{naam}},</p><p>Gisteravond is in uw straat ingebroken.</p>",
                "Beste {{naam}},\nGisteravond is in uw straat ingebroken."),
            municipality.getId(),
            OFFICER,
            Scope.region(municipality.getRegion().getId()),
            now);
    em.persist(mail);
    em.flush();
    List<String> questions =
        List.of("Wat heeft u gezien?", "Heeft u een camera bij de deur?", "Wanneer zag u het?");
    em.persist(new InquiryQuestion(mail, 1, InquiryQuestionKind.TEXT, questions.get(0)));
    em.persist(new InquiryQuestion(mail, 2, InquiryQuestionKind.YES_NO, questions.get(1)));
    em.persist(new InquiryQuestion(mail, 3, InquiryQuestionKind.TIME_SEEN, questions.get(2)));
    em.persist(new InquiryQuestion(mail, 4, InquiryQuestionKind.PHOTO, "Heeft u een foto?"));
    mail.submit(ReviewPolicy.SECOND_PAIR, now);
    mail.approve("helpdesk", now);
    mail.schedule(now, now);
    dispatch.handOver(mail, OFFICER, now);
    return mail.getId();
  }

  /** The officer's inquiry as the composer leaves it: a draft without questions. */
  public long draftInquiry(String municipalityName, String subject) {
    Municipality municipality = municipality(municipalityName);
    BurgernetMail mail =
        new BurgernetMail(
            MailKind.NEIGHBOURHOOD_INQUIRY,
            MailOrigin.POLICE,
            new MailContent(subject, "<p>Beste {{naam}},</p><p>Wie zag iets?</p>", "Wie zag iets?"),
            municipality.getId(),
            OFFICER,
            Scope.region(municipality.getRegion().getId()),
            clock.instant());
    em.persist(mail);
    em.flush();
    return mail.getId();
  }

  private Municipality municipality(String name) {
    return em.createQuery("SELECT m FROM Municipality m WHERE m.name = :name", Municipality.class)
        .setParameter("name", name)
        .getSingleResult();
  }

  /** Approves the newest draft with this subject as the regional bureau and sends it now. */
  public long approveAndSend(String subject) {
    BurgernetMail mail =
        em.createQuery(
                "SELECT m FROM BurgernetMail m WHERE m.subject = :subject ORDER BY m.id DESC",
                BurgernetMail.class)
            .setParameter("subject", subject)
            .setMaxResults(1)
            .getSingleResult();
    Instant now = clock.instant();
    mail.submit(ReviewPolicy.SECOND_PAIR, now);
    mail.approve("helpdesk", now);
    mail.schedule(now, now);
    dispatch.handOver(mail, OFFICER, now);
    return mail.getId();
  }

  /** The participants the mail's send request made deliveries for. */
  public Set<Long> recipientsOf(long mailId) {
    long request = em.find(BurgernetMail.class, mailId).getSendRequestId().orElseThrow();
    return em
        .createQuery("SELECT d FROM Delivery d WHERE d.requestId = :request", Delivery.class)
        .setParameter("request", request)
        .getResultList()
        .stream()
        .map(Delivery::getParticipantId)
        .collect(Collectors.toSet());
  }

  /** Another investigating officer of the same region, who may log in with the demo password. */
  public void otherOfficer(String username, String password) {
    Region region =
        em.createQuery("SELECT m.region FROM Municipality m WHERE m.name = 'Utrecht'", Region.class)
            .getSingleResult();
    StaffAccount officer =
        new StaffAccount(
            username,
            "Olga Opsporing",
            username + "@burgernet.local",
            hashing.hash(password),
            clock.instant());
    officer.grant(EnumSet.of(StaffRole.INVESTIGATING_OFFICER));
    officer.limitTo(region);
    em.persist(officer);
  }

  public Long followUpOf(long mailId) {
    return em.find(BurgernetMail.class, mailId).getFollowUpOf().orElse(null);
  }
}
