package de.ratsanfragen.workflow.web;

import java.util.UUID;

import de.ratsanfragen.platform.CurrentUser;
import de.ratsanfragen.workflow.InquiryReview;
import de.ratsanfragen.workflow.ReviewSheet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review before release through the API: {@code GET /api/inquiries/{id}/review} (what the user reviews),
 * {@code POST …/review/decision} (sign off or release, or send items back each with comment and units),
 * {@code GET|PUT …/items/{n}/answer} (an answer with the OB office's edits; the OB office changes its wording in
 * approval). The same {@link InquiryReview} methods as the page {@code /anfragen/{id}/durchsicht}.
 */
@RestController
@RequestMapping(path = "/api/inquiries/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class ReviewController {

    /** The new wording of an answer (checked by the inquiry: present, within the limit, changed). */
    record AnswerChange(String text) {
    }

    private final InquiryReview review;

    ReviewController(InquiryReview review) {
        this.review = review;
    }

    @GetMapping("/review")
    ReviewSheet sheet(@PathVariable UUID id) {
        return review.sheet(id, CurrentUser.get());
    }

    @PostMapping(path = "/review/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> decide(@PathVariable UUID id, @RequestBody InquiryReview.Decision decision) {
        review.decide(id, CurrentUser.get(), decision);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/items/{number}/answer")
    ReviewSheet.Item answer(@PathVariable UUID id, @PathVariable int number) {
        return review.item(id, number, CurrentUser.get());
    }

    @PutMapping(path = "/items/{number}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReviewSheet.Item edit(@PathVariable UUID id, @PathVariable int number, @RequestBody AnswerChange change) {
        return review.edit(id, number, change.text(), CurrentUser.get());
    }
}
