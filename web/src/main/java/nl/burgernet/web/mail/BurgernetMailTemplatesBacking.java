package nl.burgernet.web.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.mail.boundary.BurgernetMailTemplates;
import nl.burgernet.mail.boundary.MailTemplateText;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailTemplate;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/burgernetmail/sjablonen.xhtml: the regional bureau writes the templates its region's
 * composers start a mail from, changes them and retires them.
 */
@Named("regionMailTemplates")
@ViewScoped
public class BurgernetMailTemplatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BurgernetMailTemplates templates;

  private Long editing;
  private MailKind kind;
  private String name;
  private String subject;
  private String html;
  private transient List<MailTemplate> all;

  public List<MailTemplate> getAll() {
    if (all == null) {
      all = templates.all();
    }
    return all;
  }

  /** Puts the template into the form to change it. */
  public void edit(MailTemplate template) {
    editing = template.getId();
    kind = template.getKind();
    name = template.getName();
    subject = template.getSubject();
    html = template.getBodyHtml();
  }

  /** An empty form for a new template. */
  public void startNew() {
    editing = null;
    kind = null;
    name = null;
    subject = null;
    html = null;
  }

  public void save() {
    MailTemplateText text = new MailTemplateText(kind, name, subject, html);
    if (editing == null) {
      templates.create(text);
    } else {
      templates.change(editing, text);
    }
    startNew();
    all = null;
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "burgernetMailTemplate.saved"));
  }

  public void retire(MailTemplate template) {
    templates.retire(template.getId());
    all = null;
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(
        context, Messages.text(context, "burgernetMailTemplate.retired", template.getName()));
  }

  public boolean isEditing() {
    return editing != null;
  }

  public MailKind getKind() {
    return kind;
  }

  public void setKind(MailKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getHtml() {
    return html;
  }

  public void setHtml(String html) {
    this.html = html;
  }
}
