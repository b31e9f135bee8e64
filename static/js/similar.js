// While the citizen types the request, show published DIP entries that may already answer it.
(function () {
  var box = document.getElementById("similar");
  var input = document.getElementById("information");
  if (!box || !input || !window.fetch) return;
  var list = box.querySelector("ul");
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var text = input.value.trim();
      if (text.length < 12) { box.hidden = true; return; }
      fetch(box.dataset.endpoint, {method: "POST", headers: {"Content-Type": "application/json"},
                                   body: JSON.stringify({text: text})})
        .then(function (r) { return r.ok ? r.json() : {items: []}; })
        .then(function (data) {
          list.textContent = "";
          data.items.forEach(function (item) {
            var li = document.createElement("li");
            var a = document.createElement("a");
            a.href = item.url; a.textContent = item.title; a.target = "_blank"; a.rel = "noopener";
            li.appendChild(a);
            list.appendChild(li);
          });
          box.hidden = data.items.length === 0;
        })
        .catch(function () { box.hidden = true; });
    }, 400);
  });
})();
