// Wagtail's date picker (the xdsoft jQuery datetimepicker) rewrites the field when it loses
// focus: a value it cannot read in its one format, such as "10-02-2027 20.00" or
// "10 februari 2027", becomes the current date and time, and "31-02-2027" becomes 3 March, without
// a message. Wagtail passes no setting for this option, so it is switched off here for every
// picker, before the admin's forms create theirs. The server then keeps or refuses what was typed
// (stad/core/dutch_dates.py); choosing in the calendar still fills in the field.
if (window.jQuery && window.jQuery.fn.datetimepicker) {
  window.jQuery.fn.datetimepicker.defaults.validateOnBlur = false;
}
