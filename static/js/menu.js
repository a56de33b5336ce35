// Phones start with the main menu folded; without JavaScript it simply stays open.
(function () {
  var wide = window.matchMedia("(min-width: 48rem)");
  var menus = document.querySelectorAll("details.main-nav__menu");
  function fit() {
    menus.forEach(function (menu) { menu.open = wide.matches; });
  }
  fit();
  wide.addEventListener("change", fit);
})();
