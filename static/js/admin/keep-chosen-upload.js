// A chooser's upload tab (the image chooser's "Uploaden", the document chooser's) sends its form
// in the background. When the server refuses it, say for a missing description (alt text),
// Wagtail replaces the tab with the form the server sent back: the error, the title as typed, but
// an empty file input, because a server cannot fill one in. Adding the description alone then
// failed on "Bestand". This puts the file the editor chose back into the new form, unless the
// server's error is about the file itself (too large, not a picture). The file is simply sent
// again with the next try, so the server still checks everything.
(() => {
  const CREATION_FORM = "form[data-chooser-modal-creation-form]";
  let waiting = null; // the observer of the tab whose form is on its way to the server

  document.addEventListener(
    "submit",
    (event) => {
      // Captured on the document: Wagtail's handler on the form stops the event from bubbling.
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.matches(CREATION_FORM)) return;
      const chosen = [...form.querySelectorAll('input[type="file"]')].filter(
        (input) => input.files && input.files.length,
      );
      const tab = form.closest('[role="tabpanel"]');
      if (waiting) waiting.disconnect();
      waiting = null;
      if (!chosen.length || !tab || !tab.parentElement) return;

      const container = tab.parentElement;
      waiting = new MutationObserver(() => {
        const answer = container.querySelector(CREATION_FORM);
        if (answer === form) return; // not answered yet
        waiting.disconnect();
        waiting = null;
        if (!answer) return; // the next step (a duplicate to confirm), no form to fill in again
        for (const input of chosen) {
          const again = answer.querySelector(`input[type="file"][name="${CSS.escape(input.name)}"]`);
          if (!again || again.files.length || again.getAttribute("aria-invalid") === "true") {
            continue;
          }
          try {
            again.files = input.files;
          } catch {
            // A browser that cannot set a file input leaves it empty, as before.
          }
        }
      });
      waiting.observe(container, { childList: true });
    },
    true,
  );
})();
