// trustmatch app: the only script. It follows a running planning job and opens the plan when
// the job is finished. Everything else works with plain forms.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const box = document.querySelector("[data-poll]");
  if (!box) {
    return;
  }
  const bar = box.querySelector("progress");
  const label = box.querySelector("[data-count]");
  const poll = async () => {
    let status;
    try {
      const response = await fetch(box.dataset.poll, { headers: { Accept: "application/json" } });
      status = await response.json();
    } catch (error) {
      window.setTimeout(poll, 2000);
      return;
    }
    if (status.total > 0) {
      bar.max = status.total;
      bar.value = status.done;
    }
    if (status.text) {
      label.textContent = status.text;
    }
    if (status.state === "done" || status.state === "failed" || status.state === "none") {
      window.location.assign(box.dataset.next);
      return;
    }
    window.setTimeout(poll, 700);
  };
  poll();
});
