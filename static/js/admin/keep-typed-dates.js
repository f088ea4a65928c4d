// Wagtail's date picker (the xdsoft jQuery datetimepicker) rewrites the field when it loses
// focus: a value it cannot read in its one format, such as "10-02-2027 20.00" or
// "10 februari 2027", becomes the current date and time, and "31-02-2027" becomes 3 March, without
// a message. Wagtail passes no setting for this option, so it is switched off here for every
// picker, before the admin's forms create theirs. The server then keeps or refuses what was typed
// (stad/core/dutch_dates.py); choosing in the calendar still fills in the field.
//
// The picker also opens 100 ms after its field gets focus, even when the editor has typed a date
// and tabbed on by then: its calendar stays open over the fields below, and can cover the save
// button, where a click would pick a day instead. It opens only while its field has focus.
if (window.jQuery && window.jQuery.fn.datetimepicker) {
  const defaults = window.jQuery.fn.datetimepicker.defaults;
  defaults.validateOnBlur = false;
  defaults.onShow = (currentTime, input) => !input || input.is(":focus");
}
