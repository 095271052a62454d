package nl.burgernet.mail.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.burgernet.mail.entity.InquiryQuestion;
import nl.burgernet.mail.entity.InquiryQuestionKind;

/** One question as the investigator writes it. */
public record QuestionDraft(
    @NotNull InquiryQuestionKind kind,
    @NotBlank(message = "{inquiry.question.required}")
        @Size(max = InquiryQuestion.TEXT_LENGTH, message = "{inquiry.question.size}")
        String text) {}
